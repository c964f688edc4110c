
a:1;

b:2;
show a+b;
