ci:{v:"F"$x; $[v>=0;floor v+0.5;neg floor 0.5-v]}
show ci "10"
show ci "15.3"
show ci "14.5"
show ci "-14.5"
