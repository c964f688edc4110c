countBits:{sum 2 vs x}
show countBits 11
show countBits each til 6
