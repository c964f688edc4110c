show "J"$"123"
show "F"$"3.14"
show `$"hello"
show "I"$"7"
show `int$3.7
show `long$2.2
show "j"$"a"
show "c"$65 66 67
show `float$5
