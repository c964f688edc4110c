/ the executor's value-test style: show solve[args]~expected
solve:{[nums;target] r:(); i:0; while[i<count nums; j:i+1; while[j<count nums; if[target=nums[i]+nums j; r:i,j]; j+:1]; i+:1]; r}
show solve[2 7 11 15;9]~0 1
show solve[3 2 4;6]~1 2
show solve[3 3;6]~0 1
show solve[1 2;10]~()
show solve[1 2;10]~`long$()
