/ a script that prints its answers and quits with \\ before some scratch lines
solve:{sum x where 0=x mod 3}
show solve 1+til 10
-1 "done";
\\
show "never reached"
solve 1 2 3
