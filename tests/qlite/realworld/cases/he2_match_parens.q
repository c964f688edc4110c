/ HumanEval 119: can two strings be joined into balanced parentheses
bal:{s:sums 1 -1 "()"?x; (0=last s)&0<=min s}
mp:{$[any bal each (x,y;y,x);"Yes";"No"]}
-1 mp["()(";")"];
-1 mp[")";")"];
-1 mp["(()(())";"())())"];
-1 mp[")())";"(()()("];
-1 mp["(()(";"()))()"];
show bal each ("(())";")(";"")
