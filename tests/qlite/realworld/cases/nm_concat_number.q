/ join a number to a string without string: a mixed list
n:5
show "n=",string n
show "n=",n
-1 "n=",string n;
-1 "n=",n;
-1 "unreached";
