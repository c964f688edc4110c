solve:{[n] (n-1){raze {(string count x),1#x} each (where differ x) cut x}/enlist "1"}
result:solve[1];
show result;
result:solve[4];
show result;
result:solve[5];
show result;
result:solve each 2 3;
show result;
