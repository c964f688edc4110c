trade:([]sym:`a`b`a`b;price:10.0 20.0 11.5 21.0;size:100 200 300 100)
show select size wavg price by sym from trade
show select cnt:count i,sum size,size wavg price from trade
