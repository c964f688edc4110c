t:([] n:("ab";"cde"); v:1 2)
show t
show t`n
