s:("root: pppw + sjmn";"dbpl: 5";"cczh: sllz + lgvd";"zczc: 2";"ptdq: humn - dvpt";"dvpt: 3";"lfqf: 4";"humn: 5";"ljgn: 2";"sjmn: drzm * dbpl";"sllz: 4";"pppw: cczh / lfqf";"lgvd: ljgn * ptdq";"drzm: hmdt - zczc";"hmdt: 32")
M:(`$4#'s)!6_'s
ops:"+-*/"!(+;-;*;div)
ev:{[h;x] e:M x; w:" " vs e; $[(x=`humn) and not null h;h;1=count w;"J"$e;(ops first w 1)[ev[h;`$w 0];ev[h;`$w 2]]]}
show ev[0N;`root]
show ev[0N] each `pppw`sjmn
eq:{[h] w:" " vs M`root; ev[h;`$w 0]=ev[h;`$w 2]}
show first where eq each til 400
