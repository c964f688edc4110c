isPalNum:{s:string x; s~reverse s}
show isPalNum 121
show isPalNum -121
show isPalNum 10
