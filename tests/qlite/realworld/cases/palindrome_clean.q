clean:{lower x where x in .Q.an}
isPal:{s:clean x; s~reverse s}
show isPal "A man, a plan, a canal: Panama"
show isPal "race a car"
