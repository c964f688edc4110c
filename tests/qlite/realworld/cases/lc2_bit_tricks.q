hamming:{[x;y] sum (0b vs x)<>0b vs y}
gap:{[n] w:where 0b vs n; $[1<count w; max 1_deltas w; 0]}
complement:{[n] 2 sv 1-2 vs n}
pow4:{[n] (n>0) and (1=sum 0b vs n) and 0=(first where reverse 0b vs n) mod 2}
result:hamming[1;4];
show result;
result:gap each 22 8 5;
show result;
result:complement each 5 7 10;
show result;
result:pow4 each 16 8 1;
show result;
