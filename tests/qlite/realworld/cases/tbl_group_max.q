t:([] dept:`a`b`a`b; name:`x`y`z`w; sal:10 20 30 5)
show select from t where sal=(max;sal) fby dept
show select name from t where sal=max sal
