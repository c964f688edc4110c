show string 42
show string `abc
show string 3.5
show string 1 2 3
show string `a`bc
show raze string 1 2 3
