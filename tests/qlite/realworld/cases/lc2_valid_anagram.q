solve:{[s;t] (asc s)~asc t}
solve2:{[s;t] (count each group s)~(count each group t)}
result:solve["anagram";"nagaram"];
show result;
result:solve["rat";"car"];
show result;
result:solve2["ab";"ba"];
show result;
result:asc "anagram";
show result;
