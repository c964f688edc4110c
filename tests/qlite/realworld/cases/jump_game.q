canJump:{[nums]
  reach:0; i:0;
  while[i<count nums;
    if[i>reach; :0b];
    reach:reach|i+nums i;
    i+:1];
  1b}
show canJump 2 3 1 1 4
show canJump 3 2 1 0 4
