t:([]name:`apple`kiwi`banana;qty:3 12 7;px:1.25 0.5 0.25)
t:update val:qty*px from t
{-1 (-8$string x`name),(5$string x`qty),string x`val} each t;
-1 "Total: ",string exec sum val from t;
