flr:{sum (x="(")-x=")"}
basement:{1+first where -1=sums (x="(")-x=")"}
show flr each ("(())";"()()";"(((";"(()(()(";"))(((((";"())";"))(";")))";")())())")
show basement each (enlist ")";"()())")
