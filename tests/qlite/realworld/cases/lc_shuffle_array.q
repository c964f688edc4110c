shuf:{[nums;n] raze flip (n#nums;n _ nums)}
show shuf[2 5 1 3 4 7;3]
