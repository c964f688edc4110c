/ HumanEval 11 again: xor of bit strings through booleans
sx:{"01" (x="1")<>y="1"}
sx2:{raze string (("I"$'x)+"I"$'y) mod 2}
-1 sx["111000";"101010"];
-1 sx["1";"1"];
-1 sx["0101";"0000"];
-1 sx2["111000";"101010"];
show "01" 1 0 1
