/ HumanEval 104: elements without an even digit, sorted
ud:{asc x where all each 1=(10 vs/:x) mod 2}
show ud 15 33 1422 1
show ud 12345 2033 111 151
show ud 135 103 31
show 10 vs/:12 345
