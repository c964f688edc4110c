t:([]sym:`a`b`a`b`a;px:1.5 0n 0n 2.5 0n)
show update px:fills px by sym from t
show update px:0^px from t
