l:"\n" vs "1,2,3\n4,5\na,b"
0N!l;
0N!"J"$"," vs l 0;
0N!"I"$"," vs l 1;
0N!`$"," vs l 2;
0N!enlist "a";
0N!(1;"a";`b);
0N!`a`b!1 2;
0N!2 2#til 4;
0N!1.5 2;
0N!2 3f;
0N!0b;
0N!sum "I"$"," vs l 1;
r:0N!1+til 3
show r
