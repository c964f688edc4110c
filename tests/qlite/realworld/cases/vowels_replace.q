f:{[s] @[s;where s in "aeiou";:;"*"]}
show f "hello world"
