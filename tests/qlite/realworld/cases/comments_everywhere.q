/ a leading comment line
f:{x+1}   / trailing comment
/
block comment
show 999
\
g:{[a] / comment inside a lambda
  a*2 / another
  }
show f 1
show g 5
