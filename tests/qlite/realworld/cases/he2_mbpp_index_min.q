/ MBPP 94, 95, 96: the name with the smallest value, shortest list, divisor count
recs:((`Rash;143);(`Manjeet;200);(`Varsha;100))
idxMin:{x[;0] x[;1]?min x[;1]}
show idxMin recs
show recs[;1]
minLen:{min count each x}
show minLen (enlist 1;1 2)
show minLen (1 2;1 2 3;1 2 3 4)
divisors:{sum 0=x mod 1+til x}
show divisors each 15 12 9
