t:([]sym:`IBM`MSFT`IBM;price:101.5 99 102;size:100 200 300;time:09:31 09:45 10:05)
r:select vwap:(sum price*size)%sum size
  by sym
  from t
show r
show select from t where (sym=`IBM) and price>101.6
show select from t where sym in (`IBM;`MSFT), time within 09:30 10:00
show select from t where not sym in `IBM
show exec sum price*size from t
f:{[tbl;s]
  select from tbl where sym=s
  }
show f[t;`MSFT]
