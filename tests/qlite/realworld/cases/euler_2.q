fibs:{x,sum -2#x}/[{4000000>last x};1 2]
show sum fibs where 0=fibs mod 2
