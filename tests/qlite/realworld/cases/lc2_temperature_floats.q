/ c*1.8+32 is c*(1.8+32) in q
wrong:{[c] (c+273.15;c*1.8+32)}
solve:{[c] (c+273.15;32+c*1.8)}
result:solve[36.5];
show result;
result:solve[122.11];
show result;
result:wrong[36.5];
show result;
result:3 mavg 100 80 60 70 60 75 85;
show result;
result:2 mavg 1 2 3 4;
show result;
