solve:{[nums] (count nums)>count distinct nums}
solve2:{any 1<count each group x}
result:solve[1 2 3 1];
show result;
result:solve[1 2 3 4];
show result;
result:solve2[1 1 1 3 3 4 3 2 4 2];
show result;
result:solve2 each (1 2;3 3;4 5 4);
show result;
