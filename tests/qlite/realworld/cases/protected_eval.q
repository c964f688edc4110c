safeDiv:{[a;b] @[{x div y}[a];b;{"error: ",x}]}
show @[{x+1};1;{`err}]
show @[{x+1};`a;{"caught: ",x}]
r:.[{x+y};(1;`b);{"type error: ",x}]
-1 r;
show .[+;1 2;`fail]
