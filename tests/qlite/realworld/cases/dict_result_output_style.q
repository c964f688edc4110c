solve:{[s] count each group s}
result:solve["abca"];
show result;
