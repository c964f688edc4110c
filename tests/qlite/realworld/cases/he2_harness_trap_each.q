/ each test runs under a trap so one failure does not stop the script
solve:{[n] if[n<0;'"negative"]; if[n>20;'"too big"]; prd 1+til n}
cases:(5;0;-1;21;10)
want:(120;1;`err;`err;3628800)
run:{@[solve;x;{`err}]}
got:run each cases
show got
show got~want
{-1 string[x]," -> ",-3!y} ./: flip (cases;got);
