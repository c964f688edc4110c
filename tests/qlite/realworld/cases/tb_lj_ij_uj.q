t:([]sym:`a`b`c`a;qty:10 20 30 40)
r:([sym:`a`b`d]px:1.5 2.5 3.5)
show t lj r
show t ij r
show t uj ([]sym:`e`f;px:9.5 8.5)
