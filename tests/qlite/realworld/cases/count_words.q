countWords:{count " " vs x}
show countWords "the quick brown fox"
wordFreq:{count each group `$" " vs lower x}
show wordFreq "The cat the dog"
