/ HumanEval 74: the list of strings with fewer characters in total
tm:{$[(sum count each x)<=sum count each y;x;y]}
-1 tm[("hi";"admin");("hI";"Hi")];
0N!tm[("hi";"admin");("hI";"Hi")];
show tm[("hi";"admin");("hi";"hi";"admin";"project")]
0N!tm[("4";"5");("1";"2";"3";"4";"5")];
