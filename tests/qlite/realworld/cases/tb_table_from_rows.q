rows:(`name`score!(`ann;90);`name`score!(`bob;85))
t:rows
show type t
show t
show t[0]
t2:flip `name`score!flip ((`cy;70);(`dee;60))
show t2
show t,t2
