isPal:{x~reverse x}
show isPal "racecar"
show isPal "hello"
show isPal each ("abba";"abc";"")
