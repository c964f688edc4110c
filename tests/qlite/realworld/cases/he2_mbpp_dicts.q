/ MBPP 87 and 88: merging dictionaries and counting frequencies
d1:`R`B`P!`Red`Black`Pink
d2:`G`W!`Green`White
d3:`O`W`B!`Orange`White`Black
show d3,d2,d1
freq:{count each group x}
show freq 10 10 10 10 20 20 20 20 40 40 50 50 30
show freq `a`b`a
show key freq 5 6 7 5
