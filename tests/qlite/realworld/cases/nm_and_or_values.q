/ and/or are min/max, not Python's short-circuit values
show 3 and 5
show 3 or 5
show 0 or 7
show 1b and 0b
show not 5
show not 0
