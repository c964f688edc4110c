/ HumanEval 154: is some rotation of b a substring of a
cyc:{any {0<count x ss y}[x] each (til count y) rotate\: y}
show cyc["yello";"ell"]
show cyc .' (("xyzw";"xyw");("yello";"ell");("whattup";"ptut");("efef";"fee");("abab";"aabb");("winemtt";"tinem"))
