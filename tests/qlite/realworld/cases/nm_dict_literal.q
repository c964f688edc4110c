/ a Python dict literal
d:`a`b!1 2
show d`a
e:{"a":1}
show `unreached
