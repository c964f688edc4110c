/ 0N! prints the -3! form of a value and passes it on
f:{0N!x; x*2}
r:f 21
show r
0N!1 2 3i;
0N!`a`b!1 2;
0N!("ab";"c");
0N!(1;`a;"b");
0N!enlist `a;
0N!`symbol$();
0N!"";
0N!1b;
0N!0N;
0N!{x+y};
0N!+[1];
total:sum 0N!til 5
show total
