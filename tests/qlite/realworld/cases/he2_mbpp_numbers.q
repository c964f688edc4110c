/ MBPP 14, 17, 56, 57, 58, 59: small numeric one-liners
vol:{(x*y*z)%2}
show vol[10;8;6]
show vol[3;2;2]
show 4* 10 5 4
rev:{x=-1+2*"J"$reverse string x}
show rev each 70 23 73
maxNum:{"J"$raze string desc x}
show maxNum each (1 2 3;4 5 6 1;1 2 3 9)
opp:{0>x*y}
show opp'[1 3 -10 -2;-2 2 -10 2]
octagonal:{x*(3*x)-2}
show octagonal each 5 10 15
