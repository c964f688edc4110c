flipCase:{?[x in .Q.a;upper x;lower x]}
show flipCase "Hello"
