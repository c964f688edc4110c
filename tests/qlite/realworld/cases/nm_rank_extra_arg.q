/ two-argument function called with three
add:{x+y}
show add[1;2]
show add[1;2;3]
show `unreached
