/ HumanEval 16 again: distinct characters ignoring case
cdc:count distinct lower@
cdc2:{count group lower x}
show cdc "xyzXYZ"
show cdc2 "Jerry jERRY JeRRRY"
show cdc each ("";"abcde";"abcdecadeCADE";"aaaaAAAAaaaa")
