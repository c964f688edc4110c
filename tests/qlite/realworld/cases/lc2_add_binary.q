solve:{[a;b] r:(2 sv "j"$a="1")+2 sv "j"$b="1"; $[r=0; enlist "0"; "01" 2 vs r]}
result:solve["11";enlist "1"];
show result;
result:solve["1010";"1011"];
show result;
result:solve[enlist "0";enlist "0"];
show result;
