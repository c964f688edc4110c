/ HumanEval 112: delete characters, then test for a palindrome
rd:{s:x except y; (s;s~reverse s)}
show rd["abcde";"ae"]
0N!rd["abcdedcba";"ab"];
0N!rd["abcdef";"b"];
