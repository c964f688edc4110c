solve:{[nums;k] (desc nums)[k-1]}
result:solve[3 2 1 5 6 4;2];
show result;
result:solve[3 2 3 1 2 4 5 5 6;4];
show result;
result:desc 3 1 2;
show result;
