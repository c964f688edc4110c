t:([]cust:`ann`bob`ann`cy`bob;item:("tea";"milk";"jam";"tea";"eggs"))
show select items:", " sv item by cust from t
show exec count i by cust from t
