/ a test script that prints a summary and exits with a status
solve:{where 1<count each group x}
tests:((1 2 2 3 3 3;2 3);(1 2 3;`long$());(5 5 5;enlist 5))
results:{solve[x 0]~x 1} each tests
show results
-1 "passed ",string[sum results]," of ",string count results;
$[all results;[-1 "ALL PASS"];[-1 "SOME FAIL"]];
exit $[all results;0;1]
-1 "never printed";
