r:("vJrwpWtwJgWrhcsFMMfFFhFp";"jqHRNqRjqzjGDLGLrsFMfFZSrLrFZsSL";"PmmdzqPrVPwwTWBwg")
common:{h:count[x] div 2; first (h#x) inter h _ x} each r
show common
prio:1+(.Q.a,.Q.A)?common
show prio
show sum prio
