/ protected evaluation: the handler gets the error text; :: as handler returns it
safeParse:{@["J"$;x;{0N}]}
show safeParse "42"
check:{if[x<0;'"negative input"]; sqrt x}
show @[check;16;{`err}]
-1 @[check;-4;{"caught: ",x}];
show @[check;-1;::]
show @[{'`custom};0;::]
show .[{x+y};(1;`a);{"dot trap: ",x}]
show @[{1+x};`a;{`$x}]
-1 @[value;"undefined_xyz";{"undefined: ",x}];
r:@[{(1b;x)};42;{(0b;x)}]
show r
