solve:{[moves] 0 0~sum ("UDLR"!(0 1;0 -1;-1 0;1 0)) moves}
result:solve["UD"];
show result;
result:solve["LL"];
show result;
result:sum ("UDLR"!(0 1;0 -1;-1 0;1 0)) "LLU";
show result;
