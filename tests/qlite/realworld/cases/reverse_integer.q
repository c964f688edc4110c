revInt:{s:signum x; s*"J"$reverse string abs x}
show revInt 123
show revInt -123
show revInt 120
