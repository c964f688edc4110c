/ 0N?x permutes: the order is random, the sorted result is not
solve:{[nums] 0N?nums}
result:asc solve[1 2 3 4 5];
show result;
result:(asc 0N?10)~til 10;
show result;
result:count solve[`a`b`c];
show result;
result:asc 0N?"abc";
show result;
