-1 "plain text";
-1 ("line one";"line two");
0N!42;
0N!"str";
0N!`a`b;
0N!1 2 3;
0N!(1;`a;"c");
0N!`a`b!1 2;
0N!enlist 5;
x:0N!7
show x
