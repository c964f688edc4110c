t:([]name:("pear";"apple";"fig");n:3 1 2)
show `name xasc t
show t iasc t`name
show `n xdesc t
