/ word frequencies folded into a dictionary with over, and with group
add:{x[y]:1+0^x y; x}
wc:add/[(`symbol$())!`long$();]
show wc `$" " vs "the cat and the hat and the bat"
ce:count each
cg:ce group@
show cg "mississippi"
show desc cg "mississippi"
show first key desc cg "banana"
