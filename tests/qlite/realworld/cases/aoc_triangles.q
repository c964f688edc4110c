s:"101 301 501\n102 302 502\n103 303 503\n201 401 601\n202 402 602\n203 403 603\n5 10 25\n3 4 5\n6 8 20"
t:{"J"$x where 0<count each x:" " vs x} each "\n" vs s
ok:{a:asc x; a[2]<a[0]+a 1}
show ok each t
show sum ok each t
show sum ok each raze {3 cut x} each flip t
