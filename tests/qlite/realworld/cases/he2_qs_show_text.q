/ .Q.s gives the console text of a value as a string
s:.Q.s `a`b!1 2
show s
-1 s;
show .Q.s 1 2 3
show .Q.s "abc"
-1 .Q.s ([]x:1 2;y:`a`b);
show count .Q.s 42
