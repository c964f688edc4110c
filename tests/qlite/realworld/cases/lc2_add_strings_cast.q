solve:{[a;b] string ("J"$a)+"J"$b}
result:solve["11";"123"];
show result;
result:solve["456";"77"];
show result;
result:solve["100";"900"];
show result;
result:"J"$("12";"x";"7");
show result;
