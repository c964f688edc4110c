/ HumanEval 130: the Tribonacci-like sequence
tri:{r:1 3; i:2; while[i<=x; r,:$[0=i mod 2;1+i div 2;r[i-1]+r[i-2]+1+(i+1) div 2]; i+:1]; (x+1)#r}
show tri 3
show tri 4
show tri 5
show tri 0
show tri 1
