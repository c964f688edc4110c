/ null spelt None
show null 0N
x:None
show x
