isAnagram:{asc[x]~asc y}
show isAnagram["anagram";"nagaram"]
show isAnagram["rat";"car"]
