three:{any 3<=sums[x]-maxs sums[x]*not x} 
t3:{any {(x+1)*y}\[0;x mod 2]>=3}
show t3 2 6 4 1
show t3 1 2 34 3 4 5 7 23 12
