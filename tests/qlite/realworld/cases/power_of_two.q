isPow2:{$[x<1;0b;x=1;1b;0<>x mod 2;0b;.z.s x div 2]}
show isPow2 each 1 16 3 0 64 96
