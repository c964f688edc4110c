solve:{[nums;target] i:nums bin target; $[target=nums i; i; -1]}
result:solve[-1 0 3 5 9 12;9];
show result;
result:solve[-1 0 3 5 9 12;2];
show result;
result:solve[-1 0 3 5 9 12;-5];
show result;
result:-1 0 3 5 9 12 bin -5 2 9 100;
show result;
