solve:{[iv] iv:iv iasc iv[;0]; all (1_iv[;0])>=-1_iv[;1]}
result:solve[(0 30;5 10;15 20)];
show result;
result:solve[(7 10;2 4)];
show result;
result:(0 30;5 10;15 20)[;1];
show result;
