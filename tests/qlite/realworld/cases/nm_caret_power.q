/ ^ is fill, not power; xexp is power
show 2 xexp 10
show 2^3
show 0N^5
show 5^0N
