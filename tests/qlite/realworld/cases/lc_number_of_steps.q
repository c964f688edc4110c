steps:{[n] c:0; while[n>0; n:$[0=n mod 2;n div 2;n-1]; c+:1]; c}
show steps 14
show steps 123
