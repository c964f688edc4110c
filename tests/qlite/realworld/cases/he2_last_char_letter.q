/ HumanEval 134: is the last character a letter standing alone
lc:{$[0=count x;0b;(last[x] in .Q.a,.Q.A)&" "=x -2+count x]}
show lc "apple pi e"
show lc each ("apple";"apple pi e";"eeeee";enlist "A";"Pumpkin pie ";"Pumpkin pie 1";"";"eeeee e ";"apple pie";"apple pi e ")
show "xy" 5
