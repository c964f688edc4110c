wordPattern:{[p;s] w:" " vs s; $[(count p)<>count w;0b;(p?p)~w?w]}
show wordPattern["abba";"dog cat cat dog"]
show wordPattern["abba";"dog cat cat fish"]
show wordPattern["aaaa";"dog cat cat dog"]
