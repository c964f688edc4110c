solve:{[s;n] if[n=1; :s]; p:(til n),reverse 1_-1_til n; s iasc (count s)#p}
result:solve["PAYPALISHIRING";3];
show result;
result:solve["PAYPALISHIRING";4];
show result;
result:solve["AB";1];
show result;
