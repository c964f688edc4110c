t:([]id:1 2 3 4 5 6;grp:`a`a`b`b`c`c;val:5 9 2 8 7 1)
m:select mx:max val by grp from t
show m
show select from t where val>avg val
show select from (select from t where grp<>`c) where val>4
show t lj m
show select id,val,mx from t lj m where val=mx
