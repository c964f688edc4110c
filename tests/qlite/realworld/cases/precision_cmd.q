\P 3
show 1%3
show 3.14159
\P 10
show 1%3
\P 7
show 2%3
