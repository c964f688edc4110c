solve:{[s;t] c:count each group t; d:count each group s; first where c>0^d key c}
result:solve["abcd";"abcde"];
show result;
result:solve["ae";"aea"];
show result;
result:first "abc";
show result;
result:max "hello";
show result;
