/ MBPP 6 and 7: differ at one bit; words of at least four letters
oneBit:{1=sum (0b vs x)<>0b vs y}
show oneBit'[13 15 2 2;9 8 4 3]
longWords:{w where 3<count each w:" " vs x}
0N!longWords "Please move back to stream";
0N!longWords "Jing Eco and Tech";
show count longWords "a bb ccc"
