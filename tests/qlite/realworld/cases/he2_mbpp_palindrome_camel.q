/ MBPP 99, 100, 102: binary text, next palindrome, snake case to camel case
toBin:{raze string 2 vs x}
-1 toBin each 8 18 7;
np:{x+:1; while[not s~reverse s:string x; x+:1]; x}
show np each 99 1221 120
camel:{raze @[;0;upper] each "_" vs x}
-1 camel "python_program";
-1 camel "python_language";
-1 camel "programming_language";
