show ssr["hello world";"o";"0"]
show ssr["aaa";"a";"bb"]
show ssr["the cat sat";"at";"og"]
