/ MBPP 69 and 75: contiguous sublists; rows divisible by k
isSub:{any y~/:(count y)#'(til count x)_\:x}
show isSub[2 4 3 5 7;3 7]
show isSub[2 4 3 5 7;4 3]
show isSub[2 4 3 5 7;1 6]
divK:{x where all each 0=x mod y}
0N!divK[(6 24 12;7 9 6;12 18 21);6];
0N!divK[(5 25 30;4 2 3;7 8 9);5];
