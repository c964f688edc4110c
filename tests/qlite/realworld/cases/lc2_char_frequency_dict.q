solve:{[s] count each group s}
result:solve["hello"];
show result;
result:solve[`a`b`a`c`b`a];
show result;
result:key solve["hello"];
show result;
result:group "abca";
show result;
