/ % is float division, div floors and mod takes the sign of the divisor
half:{[x] x%2}
halfDiv:{[x] x div 2}
mean:{[x] avg x}
result:half[6];
show result;
result:half[7];
show result;
result:halfDiv[-7];
show result;
result:-7 mod 3;
show result;
result:7 mod -3;
show result;
result:mean[1 2 3];
show result;
result:mean[1 2];
show result;
result:6%3;
show result;
