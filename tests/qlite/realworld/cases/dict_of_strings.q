d:`a`b!("x";"yz")
show d
show d`b
show count each d
