t:([]k:`a`b`a`c`b;v:1 2 1 3 2)
show distinct t
show count distinct t
show select distinct k from t
show t except ([]k:`a`b;v:1 2)
show exec distinct k from t
