/ number to string as in Python
show string 42
s:str(42)
show s
