solve:{[s] raze {(first x),string count x} each (where differ s) cut s}
result:solve["aabcccccaaa"];
show result;
result:solve["abc"];
show result;
result:(where differ "aabccc") cut "aabccc";
show result;
