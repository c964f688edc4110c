cb:{s:sums (x="<")-x=">"; (all s>=0) and 0=last s}
show cb "<>"
show cb "<<><>>"
show cb "><<>"
