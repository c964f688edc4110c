show {x?max x} 3 9 2 9
show first idesc 3 9 2 9
show where {x=max x} 3 9 2 9
