init:{[n] `counter set n}
init 10
show counter
`total set 0
{`total set total+x} each 1 2 3;
show total
show `x set 42
