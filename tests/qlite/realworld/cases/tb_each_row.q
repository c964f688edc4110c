t:([]a:1 2 3;b:10 20 30)
show {x[`a]+x`b} each t
f:{[r] r[`a]*r`b}
show f each t
show t[`a]+t`b
show {`s`p!(x`a;x`b)} each t
