t:([]reg:`n`s`n`s`n;prod:`x`x`y`x`x;amt:10 20 30 40 50)
show select total:sum amt by reg,prod from t
show select total:sum amt by reg from t where prod=`x
show exec sum amt by reg from t
