cnt:0
inc:{cnt::cnt+x}
inc 5
inc 10
show cnt
total:0
{total::total+x} each 1 2 3;
show total
