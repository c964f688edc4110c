solve:{[x] s:signum x; r:s*"J"$reverse string abs x; $[abs[r]>2147483647; 0; r]}
result:solve[123];
show result;
result:solve[-123];
show result;
result:solve[120];
show result;
result:solve[1534236469];
show result;
