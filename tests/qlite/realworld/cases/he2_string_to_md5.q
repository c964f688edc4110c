/ HumanEval 162: the md5 hash as hex text, or null for the empty string
h:{$[count x;raze string md5 x;`]}
-1 h "Hello world";
-1 h "A B C";
-1 h "password";
show h ""
show md5 "abc"
