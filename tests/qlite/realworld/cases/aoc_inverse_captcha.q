digits:{"0123456789"?x}
cap:{d:digits x; sum d where d=1 rotate d}
cap2:{d:digits x; sum d where d=(count[d] div 2) rotate d}
show cap each ("1122";"1111";"1234";"91212129")
show cap2 each ("1212";"1221";"123425";"123123";"12131415")
