/ a signal unwinds nested calls to the nearest trap; a handler may signal again
inner:{if[x>3;'`toobig]; x*10}
middle:{inner x+1}
outer:{@[middle;x;{"outer caught ",x}]}
show outer 1
-1 outer 5;
rethrow:{@[middle;x;{'"wrapped: ",x}]}
-1 @[rethrow;9;{x}];
show @[rethrow;0;{x}]
safe:{[f;x;d] @[f;x;{[d;e] d}[d]]}
show safe[inner;2;-1]
show safe[inner;7;-1]
show safe[{x+1};`a;0N]
