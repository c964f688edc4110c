cdc:{count distinct lower x}
show cdc "xyzXYZ"
show cdc "Jerry"
