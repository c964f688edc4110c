show string 3.14159
show string 1%3
show string 2.0
show string 0.5 1.5
-1 string 22%7;
