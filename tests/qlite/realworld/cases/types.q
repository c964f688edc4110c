show type 1
show type 1 2
show type "a"
show type "ab"
show type `a
show type 1.5
show type 1b
show type ()
show type `a`b!1 2
show type ([]a:1 2)
show type {x}
