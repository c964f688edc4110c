/ HumanEval 2: the decimal part of a positive float
truncate:{x-floor x}
show truncate 3.5
show truncate 1.33
-1 string truncate 123.456;
show truncate each 3.5 1.25 7.0
