countVowels:{sum lower[x] in "aeiou"}
show countVowels "Hello World"
show countVowels each ("sky";"AEIOU")
