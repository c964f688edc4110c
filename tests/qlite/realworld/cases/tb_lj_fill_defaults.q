orders:([]oid:1 2 3;cust:`c1`c2`c9)
cust:([cust:`c1`c2]name:`Ann`Bob;tier:1 2)
r:orders lj cust
show r
show update name:`unknown^name, tier:0^tier from r
show select from r where null name
