ok1:{d:10 vs x; (all 0<=1_deltas d) and any 0=1_deltas d}
ok2:{d:10 vs x; (all 0<=1_deltas d) and 2 in count each (where differ d) cut d}
show ok1 each 111111 223450 123789
show ok2 each 112233 123444 111122
r:123400+til 1101
show sum ok1 each r
show sum ok2 each r
show first r where ok2 each r
