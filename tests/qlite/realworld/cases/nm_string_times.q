/ repeat a string: # in q, not *
show 6#"ab"
show "ab"*3
show `unreached
