t:([]d:`mon`mon`tue`tue`wed;s:`x`y`x`y`x;v:1 2 3 4 5)
cs:asc distinct t`s
show exec cs#s!v by d:d from t
