show .Q.f[2;.045]
show .Q.f[1;0.05]
show .Q.f[2;-3.14159]
show .Q.f[0;0.5]
