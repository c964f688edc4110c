goal:{[s] ssr[ssr[s;"()";"o"];"(al)";"al"]}
finalValue:{[ops] sum -1 1 "+" in/: ops}
richest:{[accounts] max sum each accounts}
result:goal["G()(al)"];
show result;
result:goal["(al)G(al)()()G"];
show result;
result:finalValue[("--X";"X++";"X++")];
show result;
result:richest[(1 2 3;3 2 1)];
show result;
result:richest[(1 5;7 3;3 5)];
show result;
