/ HumanEval 106: factorial at even i, 1+..+i at odd i
f:{{$[0=x mod 2;prd 1+til x;sum 1+til x]} each 1+til x}
show f 5
show f 7
show f 1
show f 3
