solve:{[a;m;b;n] z iasc z:(m#a),n#b}
result:solve[1 2 3 0 0 0;3;2 5 6;3];
show result;
result:solve[enlist 1;1;`long$();0];
show result;
result:solve[enlist 0;0;enlist 1;1];
show result;
