countSub:{[s;p] count ss[s;p]}
show countSub["abababab";"ab"]
show countSub["hello";"z"]
