zerosWrong:{[x] count x=0}
zeros:{[x] sum x=0}
zerosWhere:{[x] count where x=0}
padWrong:{[x;n] n#x}
pad:{[x;n] n#x,n#0}
digits:{[n] count string n}
result:zerosWrong[0 1 0 2];
show result;
result:zeros[0 1 0 2];
show result;
result:zerosWhere[0 1 0 2];
show result;
result:padWrong[1 2;5];
show result;
result:pad[1 2;5];
show result;
result:digits[12];
show result;
result:digits[-12];
show result;
