sumDigits:{sum "J"$'string x}
show sumDigits 12345
show sumDigits 0
