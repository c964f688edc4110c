/ = compares item by item; ~ compares whole strings
isPal:{x~reverse x}
isPal2:{x=reverse x}
show isPal "abba"
show isPal "abc"
show isPal2 "abba"
show isPal2 "abc"
