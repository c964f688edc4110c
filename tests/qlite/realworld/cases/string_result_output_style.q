solve:{[n] $[n=1;"one";n=2;"two";"many"]}
result:solve[2];
show result;
result:solve[5];
show result;
