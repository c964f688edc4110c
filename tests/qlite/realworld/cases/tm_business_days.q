d:2024.03.01+til 14
biz:d where 1<d mod 7
show count biz
show -4#biz
bd:{[a;b] sum 1<(a+til b-a) mod 7}
show bd[2024.03.01;2024.04.01]
