/ HumanEval 163: even digits between a and b, either order
gi:{r:l+til 1+(max x,y)-l:min x,y; r where (r<10)&0=r mod 2}
show gi[2;10]
show gi[10;2]
show gi[132;2]
show gi[17;89]
