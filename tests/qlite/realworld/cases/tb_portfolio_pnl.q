pos:([sym:`AAPL`MSFT`GOOG]qty:10 -5 20;cost:150.0 300.0 100.0)
px:([sym:`AAPL`MSFT`GOOG]lpx:155.5 290.0 101.25)
r:update pnl:qty*lpx-cost from pos lj px
show r
show exec sum pnl from r
show select sym, pnl from 0!r where pnl>0
