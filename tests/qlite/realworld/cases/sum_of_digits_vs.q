sumDigits:{sum 10 vs x}
show sumDigits 9875
