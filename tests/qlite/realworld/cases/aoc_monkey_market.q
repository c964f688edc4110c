xor:{2 sv "j"$(0b vs x)<>0b vs y}
nx:{s:xor[x;x*64] mod 16777216; s:xor[s;s div 32] mod 16777216; xor[s;s*2048] mod 16777216}
-1 " " sv string 10 nx\123;
show 2000 nx/1
