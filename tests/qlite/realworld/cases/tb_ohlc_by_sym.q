trade:([]sym:`IBM`MSFT`IBM`AAPL`MSFT`IBM;price:100.5 50.25 101.0 150.0 51.0 99.5;size:100 200 300 50 100 200)
show select vwap:size wavg price, total:sum size by sym from trade
show select open:first price, close:last price, hi:max price, lo:min price by sym from trade
show select count i by sym from trade
show exec sum size by sym from trade
show exec price from trade where sym=`IBM
show exec sym, price from trade where size>150
