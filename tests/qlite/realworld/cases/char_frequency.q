freq:{count each group x}
show freq "banana"
