/ MBPP 2, 4, 19: shared elements, the n largest, duplicates
similar:{asc distinct x inter y}
show similar[3 4 5 6;5 7 4 10]
show similar[1 2 3 4;5 4 3 7]
largest:{y#desc x}
show largest[25 35 22 85 14 65 75 22 58;3]
show largest[25 35 22 85 14 65 75 22 58;2]
hasDup:{(count x)>count distinct x}
show hasDup each (1 2 3 4 5;1 2 3 4 4;1 1 2 2 3 3 4 4 5)
