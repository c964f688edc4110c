t:([]a:`x`x`y`y`x;b:1 1 1 2 1;v:5 6 7 8 9)
show select from t where v=(max;v) fby ([]a;b)
show select from t where v>(avg;v) fby a
