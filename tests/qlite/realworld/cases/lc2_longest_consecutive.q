solve:{[nums] a:asc distinct nums; max count each (where 1<>deltas a) cut a}
/ deltas keeps the first item, so a run starting at 1 is dropped by cut
fixed:{[nums] a:asc distinct nums; max count each (where 1<>0N,1_deltas a) cut a}
result:solve[100 4 200 1 3 2];
show result;
result:solve[0 3 7 2 5 8 4 6 0 1];
show result;
result:fixed[100 4 200 1 3 2];
show result;
result:fixed[0 3 7 2 5 8 4 6 0 1];
show result;
