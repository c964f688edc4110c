show .Q.f[2;3.14159]
show .Q.f[0;2.5]
show .Q.fmt[8;2;3.14159]
show .Q.f[3;10]
