/ casts by type letter and by name, and parsing text with "I"$ "F"$ "J"$
show "I"$"42"
show "J"$("10";"22";"xy")
show "F"$"3.5"
show "F"$("1.5";"abc";"2")
show `int$3.7
show `long$2.2
show "i"$"A"
show "c"$72 105
show `$"abc"
show `$("ab";"cd")
show "D"$"2024.01.15"
show "b"$1 0 2
show "x"$255
show `float$5
show "h"$3
show "e"$1.5
show string `abc
show "s"$"xyz"
show `char$65
show 7h$1.2
