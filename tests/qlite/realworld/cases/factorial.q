fact:{prd 1+til x}
show fact 5
show fact each 0 1 2 3 10
