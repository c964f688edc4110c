cards:("Card 1: 41 48 83 86 17 | 83 86  6 31 17  9 48 53";"Card 2: 13 32 20 16 61 | 61 30 68 82 17 32 24 19";"Card 3: 1 2 | 3 4")
wins:{p:" | " vs last ": " vs x; w:"J"$" " vs p 0; h:"J"$" " vs p 1; count (w inter h) except 0N} each cards
show wins
pts:{$[x;2 xexp x-1;0f]} each wins
show pts
show sum pts
