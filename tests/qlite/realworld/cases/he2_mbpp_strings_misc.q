/ MBPP 90, 91, 92: longest word, substring search, undulating numbers
lenLog:{max count each x}
show lenLog ("python";"PHP";"bigdata")
findSub:{any 0<count each x ss\: y}
show findSub[("red";"black";"white";"green";"orange");"ack"]
show findSub[("red";"black";"white";"green";"orange");"abc"]
und:{s:string x; (2<count s)&(1<count distinct s)&s~count[s]#2#s}
show und each 1212121 1991 121 7
