/ SQL TOP n; q uses select[n] or n#
t:([]a:5 3 9 1)
show select[2] from t
show 2#t
show select top 2 from t
