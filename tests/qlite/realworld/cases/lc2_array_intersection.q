solve:{[a;b] distinct a inter b}
result:solve[1 2 2 1;2 2];
show result;
result:solve[4 9 5;9 4 9 8 4];
show result;
result:solve[1 2;3 4];
show result;
result:asc (inter/)(3 1 2 4 5;1 2 3 4;3 4 5 6);
show result;
