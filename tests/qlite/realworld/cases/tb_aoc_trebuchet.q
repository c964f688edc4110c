lines:("1abc2";"pqr3stu8vwx";"a1b2c3d4e5f";"treb7uchet")
digits:{x where x in .Q.n} each lines
show digits
vals:{"J"$(first x;last x)} each digits
show vals
show sum vals
