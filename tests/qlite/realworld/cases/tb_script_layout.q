/ trade analytics
/
block comment
here
\
trades:([]
  time:09:30:00.000 09:31:00.000 09:32:00.000;
  sym:`AAPL`MSFT`AAPL;
  px:150.0 300.0 151.0;
  qty:100 50 200)

/ notional by symbol
notional:{[t]
  select notional:sum px*qty by sym from t
  }
show notional trades   / inline comment
r:exec sym from trades where px>
  149
show r
