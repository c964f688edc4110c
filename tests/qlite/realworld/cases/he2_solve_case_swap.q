/ HumanEval 161: swap the case of letters, or reverse a string without letters
sv1:{$[any x in .Q.a,.Q.A;?[x in .Q.a;upper x;lower x];reverse x]}
-1 sv1 each ("AsDf";"1234";"ab";"#a@C";"#AsdfW^45";"#6@2";"#$a^D";"#ccc");
