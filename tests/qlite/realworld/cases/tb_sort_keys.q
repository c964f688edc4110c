t:([]name:`bob`amy`cat`dan;age:30 25 31 22;score:88.5 92 75.25 60)
show `age xasc t
show `age xdesc t
show 1!t
show `name xkey t
show 0!`name xkey t
show keys `name`age xkey t
show cols t
