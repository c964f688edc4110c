/ HumanEval 23 and 28: strlen and concatenate
strlen:count
show strlen ""
show strlen "abcde"
show count each ("a";"ab";"")
concat:{raze x}
-1 concat ("x";"y";"z");
-1 concat ("ab";"cd";"ef");
-1 "" sv ("ab";"cd");
show count concat 3#enlist "abc"
