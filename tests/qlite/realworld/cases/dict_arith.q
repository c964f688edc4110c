a:`x`y!1 2
b:`y`z!10 20
show a+b
show a,b
show sum a
