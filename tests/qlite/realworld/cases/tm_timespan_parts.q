d:0D02:35:10
show `hh`uu`ss$d
fmt:{(string `hh$x),"h ",(string `uu$x),"m"}
-1 fmt d;
-1 fmt d*2;
