trade:([]time:09:30:05.000 09:31:10.000 09:34:59.000 09:35:00.000 09:36:30.000 09:41:00.000;sym:`A`A`A`A`B`A;price:10.0 10.5 10.2 10.8 20.0 11.0;size:100 200 100 300 50 100)
bars:select o:first price,h:max price,l:min price,c:last price,v:sum size,vwap:size wavg price by sym,bar:5 xbar time.minute from trade
show bars
show select from bars where v>=300
