orders:([]oid:1 2 3 4 5;cid:10 20 10 30 10;amt:25.5 100 14.5 60 10)
cust:([cid:10 20 30]name:`ann`bob`cy)
r:select total:sum amt, n:count i by name from orders lj cust
show r
show `total xdesc r
show exec name from r where n>1
