d:{"J"$"x" vs x} each ("2x3x4";"1x1x10")
paper:{s:x*1 rotate x; (2*sum s)+min s}
ribbon:{(2*sum 2#asc x)+prd x}
show paper each d
show sum ribbon each d
