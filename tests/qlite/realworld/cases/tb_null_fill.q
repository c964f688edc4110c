t:([]s:`a`b`c`d;p:1.5 0n 2.5 0n;q:10 0N 0N 40)
show 0^t`q
show fills t`p
show update p:0f^p from t
show update fills q from t
show select from t where null p
show count each (t`p;t`q)
show sum null t`q
