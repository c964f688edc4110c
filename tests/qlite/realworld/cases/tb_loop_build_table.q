t:([]n:`long$();sq:`long$();even:`boolean$())
i:0
while[i<5; `t insert (i;i*i;0=i mod 2); i+:1]
show t
do[2; t,:enlist `n`sq`even!(99;0;0b)]
show count t
show select from t where even
show exec sum sq from t
