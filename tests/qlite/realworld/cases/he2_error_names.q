/ the error text each common mistake signals, caught by a trap
try:{[f;x] @[f;x;{"'",x}]}
-1 try[{x+1};`a];
-1 try[{1 2+x};1 2 3];
-1 try[{til x};-1];
-1 try[{x[1;2;3]};{x+y}];
-1 try[{undefinedVar+x};1];
-1 try[{'"custom message"};0];
-1 try[{'`sym};0];
-1 try[{"abc"+x};1];
-1 try[{`a`b!x};1 2 3];
-1 try[{x 1.5};1 2 3];
show try[{x*2};21]
