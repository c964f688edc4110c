/ if needs an atom: a list condition is a type error
bad:{[a;b] if[a=b; :`same]; `different}
good:{[a;b] if[a~b; :`same]; `different}
result:good[1 2;1 2];
show result;
result:good[1 2;1 3];
show result;
result:@[bad[1 2];1 2;{`$"err:",x}];
show result;
show bad[1;1];
show bad[1 2;1 2];
