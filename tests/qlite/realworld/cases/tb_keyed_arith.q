a:([k:`x`y`z]v:1 2 3)
b:([k:`y`z`w]v:10 20 30)
show a+b
show a-b
