p:([] id:1 2 3; email:`a`c`a)
show exec email from (select n:count i by email from p) where n>1
show select from (select n:count i by email from p) where n>1
