mad:{avg abs x-avg x}
show mad 1.0 2.0 3.0 4.0
