show 1
exit 0
show 2
