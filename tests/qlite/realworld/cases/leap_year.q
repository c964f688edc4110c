isLeap:{((0=x mod 4) and 0<>x mod 100) or 0=x mod 400}
show isLeap each 1900 2000 2023 2024
