a:"J"$"\n" vs "16\n10\n15\n5\n1\n11\n7\n19\n6\n12\n4"
j:0,asc[a],3+max a
d:1_deltas j
show count each group d
show prd (count each group d) 1 3
ways:{w:(1+last x)#0; w[0]:1; i:1; while[i<count x; k:(x i)-1 2 3; w[x i]:sum w k where k>=0; i+:1]; w last x}
show ways j
