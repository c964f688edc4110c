/ joining a symbol and a string makes a mixed list
s:`abc
show `$(string s),"d"
show s,"d"
