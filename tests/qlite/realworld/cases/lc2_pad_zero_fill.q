zfill:{[n;w] ssr[(neg w)$string n;" ";"0"]}
binStr:{[n;w] (neg w)#(w#"0"),"01" 2 vs n}
result:zfill[42;5];
show result;
result:zfill[7;1];
show result;
result:binStr[5;8];
show result;
result:5$"ab";
show result;
result:-2$"abcd";
show result;
