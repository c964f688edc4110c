solve:{[nums] p:prds nums; s:reverse prds reverse nums; (1,-1_p)*(1_s),1}
result:solve[1 2 3 4];
show result;
result:solve[-1 1 0 -3 3];
show result;
