solve:{[s] count distinct s}
result:solve["abcabc"];
show result;
result2:solve[""];
show result2;
