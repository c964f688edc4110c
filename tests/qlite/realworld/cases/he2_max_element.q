/ HumanEval 35: the largest element, several idioms
show max 1 2 3
show (|/) 5 3 -5 2 -3 3 9 0 123 1 -10
show {first desc x} 5 3 -5 2 -3 3 9 0 123 1 -10
show {x 0} {x idesc x} 2 7 1
show max 1.5 -2 3.25
