solve:{[nums] asc nums}
counting:{[nums] c:count each group nums; raze (0^c 0 1 2)#'0 1 2}
result:solve[2 0 2 1 1 0];
show result;
result:counting[2 0 2 1 1 0];
show result;
result:counting[2 2];
show result;
