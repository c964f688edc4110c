/ HumanEval 19 again: sort number words through a dictionary and its inverse
w:`zero`one`two`three`four`five`six`seven`eight`nine
n:w!til 10
sn:{" " sv string w asc n `$" " vs x}
-1 sn "three one five";
-1 sn "five zero four seven nine eight";
-1 sn "six five four three two one zero";
show n`seven
show w 3
