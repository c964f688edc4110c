t:([]g:`x`x`x`y`y;v:2 4 9 1 3)
show select mn:avg v, md:med v, hi:max v by g from t
show exec avg v from t
show select dev v by g from t
