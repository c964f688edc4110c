solve:{[s] t~reverse t:t where (t:lower s) in .Q.a,"0123456789"}
result:solve["A man, a plan, a canal: Panama"];
show result;
result:solve["race a car"];
show result;
result:solve[enlist " "];
show result;
