a:10 20 30 40
show @[a;1;+;5]
show @[a;0 2;:;0]
show @[a;where a>15;neg]
a[3]:99
show a
a[0 1]+:1
show a
