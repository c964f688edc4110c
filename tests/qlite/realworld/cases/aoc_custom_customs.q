s:"abc\n\na\nb\nc\n\nab\nac\n\na\na\na\na\n\nb"
g:(0,where 0=count each l) cut l:"\n" vs s
g:{x where 0<count each x} each g
show sum count each distinct each raze each g
show sum {count (inter/) x} each g
