/ HumanEval 113: a sentence built around the count of odd digits
oc:{{n:string sum 1=(-48+"j"$x) mod 2; "the number of odd elements ",n,"n the str",n,"ng ",n," of the ",n,"nput."} each x}
-1 oc enlist "1234567";
-1 oc (enlist "3";"11111111");
