d:`name`qty!(`apple`pear`fig;3 5 7)
t:flip d
show t
show type t
show type d
show t[`qty]
show key flip t
show enlist `name`qty!(`kiwi;9)
show t,enlist `name`qty!(`kiwi;9)
