/ dictionaries: construct with !, take and drop keys, group, amend, look up missing keys
d:`a`b`c!1 2 3
show `a`c#d
show `b _ d
show d _ `b
show `a`b _ d
show 2#d
show -1#d
d[`d]:4
show d
show d?3
show where d>1
show d`z
show d+10
show sum d
show key d
show value d
show group "mississippi"
show (`x`y!1 2),`y`z!20 30
show count d
d[`a]+:100
show d`a
