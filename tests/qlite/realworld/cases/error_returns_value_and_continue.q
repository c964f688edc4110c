safe:{@[value;x;{`error}]}
show safe "1+1"
show safe "1+`a"
show safe "undefinedName"
