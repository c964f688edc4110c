/ join strings with +
greet:{[name] "hello, ",name}
show greet "bob"
greet2:{[name] "hello, " + name}
show greet2 "bob"
show `unreached
