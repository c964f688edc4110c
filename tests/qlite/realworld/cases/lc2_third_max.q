solve:{[nums] d:desc distinct nums; $[3>count d; first d; d 2]}
result:solve[3 2 1];
show result;
result:solve[1 2];
show result;
result:solve[2 2 3 1];
show result;
