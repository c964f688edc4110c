d:`a`b`c!1 2 3
d[`b]:20
d[`d]:4
show d
show @[d;`a;+;100]
show d`a`c
