solve:{[s] $[count u:where 1=(count each group s) s; first u; -1]}
result:solve["leetcode"];
show result;
result:solve["loveleetcode"];
show result;
result:solve["aabb"];
show result;
