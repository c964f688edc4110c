s:`hello
show `$upper string s
show `$"_" sv string `a`b
show string[s],"!"
