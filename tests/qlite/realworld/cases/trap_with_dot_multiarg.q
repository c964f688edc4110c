f:{[a;b] if[b=0; '`divzero]; a%b}
show .[f;(6;3);{`$x}]
show .[f;(6;0);{`$x}]
show .[f;(1;2;3);{`$x}]
