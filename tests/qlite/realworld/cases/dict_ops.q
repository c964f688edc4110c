d:`x`y`z!10 20 30
show key d
show value d
show count d
show d?20
show `y in key d
show d[`w]
show 2#d
show d where d>15
