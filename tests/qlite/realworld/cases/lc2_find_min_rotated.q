solve:{[nums]
  l:0; h:-1+count nums;
  while[l<h;
    m:(l+h) div 2;
    $[nums[m]>nums h; l:m+1; h:m]];
  nums l}
result:solve[3 4 5 1 2];
show result;
result:solve[4 5 6 7 0 1 2];
show result;
result:solve[11 13 15 17];
show result;
