show ss["a1b2c3";"[0-9]"]
show "hello" like "h?llo"
show "hello" like "*ll*"
show `abc like "a*"
show ("cat";"dog";"cow") like "c*"
