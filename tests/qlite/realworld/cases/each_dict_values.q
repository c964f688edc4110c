d:`a`b!1 2
show {x*10} each d
show d*2
show sum d
show count d
