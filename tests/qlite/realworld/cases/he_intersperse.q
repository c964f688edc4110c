intersperse:{[x;d] $[count x;-1_raze x,'d;x]}
show intersperse[1 2 3;4]
show intersperse[`long$();7]
