/ booleans subtract to ints: the depth is an int
solve:{[s] max sums (s="(")-s=")"}
balanced:{[s] sum 0=sums -1 1 "L"=s}
result:solve["(1+(2*3)+((8)/4))+1"];
show result;
result:solve["1+(2*3)/(2-1)"];
show result;
result:balanced["RLRRLLRLRL"];
show result;
result:balanced["LLLLRRRR"];
show result;
