/ q lambdas do not close over outer locals: the inner lambda sees globals only
f:{a:10; {a+x} 1}
-1 @[f;0;{"error: ",x}];
a:100
show f 0
g:{a:10; {x+y}[a] 1}
show g 0
h:{b:5; {[b;x] b+x}[b] each 1 2 3}
show h 0
