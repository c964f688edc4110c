solve:{[s]
  v:"IVXLCDM"!1 5 10 50 100 500 1000;
  n:v s;
  sum n*-1+2*n>=next n}
result:solve["III"];
show result;
result:solve["LVIII"];
show result;
result:solve["MCMXCIV"];
show result;
