solve:{[nums]
  t:sum nums;
  if[t mod 2; :0b];
  h:t div 2;
  dp:{[dp;v] dp|(v#0b),(neg v)_dp}/[1b,h#0b;nums];
  dp h}
result:solve[1 5 11 5];
show result;
result:solve[1 2 3 5];
show result;
result:solve[1 2 5];
show result;
