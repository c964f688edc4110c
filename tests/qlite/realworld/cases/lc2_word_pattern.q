solve:{[p;s] w:" " vs s; $[(count p)<>count w; 0b; (p?p)~w?w]}
result:solve["abba";"dog cat cat dog"];
show result;
result:solve["abba";"dog cat cat fish"];
show result;
result:solve["aaaa";"dog cat cat dog"];
show result;
result:solve["abc";"b c"];
show result;
