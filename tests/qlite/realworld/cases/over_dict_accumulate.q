wordCount:{[ws] {x[y]:1+0^x y; x}/[(`symbol$())!`long$();ws]}
show wordCount `a`b`a`c`a
