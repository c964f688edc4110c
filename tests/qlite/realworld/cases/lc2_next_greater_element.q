solve:{[a;b] {[b;x] r:(1+b?x)_b; $[count w:where r>x; r first w; -1]}[b] each a}
result:solve[4 1 2;1 3 4 2];
show result;
result:solve[2 4;1 2 3 4];
show result;
