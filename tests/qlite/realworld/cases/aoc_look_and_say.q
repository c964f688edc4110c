las:{raze {string[count x],first x} each (where differ x) cut x}
show 5 las\enlist"1"
show count 10 las/enlist"1"
-1 las "111221";
