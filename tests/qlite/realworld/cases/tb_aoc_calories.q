s:"1000\n2000\n3000\n\n4000\n\n5000\n6000\n\n7000\n8000\n9000\n\n10000"
g:"\n\n" vs s
e:{sum "J"$"\n" vs x} each g
show e
show max e
show sum 3#desc e
show first idesc e
