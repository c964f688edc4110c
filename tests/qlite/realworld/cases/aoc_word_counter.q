w:`$" " vs "the cat and the dog and the bird"
c:count each group w
show c
show `the`dog#c
show `the`and _ c
show desc c
show 3#desc c
show where c=1
show c?2
show sum c
show c+`cat`fish!10 20
