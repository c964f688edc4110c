prefixes:{(1+til count x)#\:x}
show prefixes "abc"
