/ HumanEval 10: the shortest palindrome that starts with the string
isPal:{x~reverse x}
mkp:{i:first where isPal each (til 1+count x) _\: x; x,reverse i#x}
-1 mkp each (enlist "x";"xyz";"xyx";"jerry";"cata");
show count mkp ""
show (til 3) _\: "abc"
