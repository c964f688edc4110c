t:([]time:09:00 09:01 09:02 09:03 09:04;state:`on`on`off`off`on)
show select from t where differ state
show update run:sums differ state from t
show select start:first time, n:count i by run from update run:sums differ state from t
