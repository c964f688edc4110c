/ HumanEval 118: the rightmost vowel between two consonants
v:"aeiouAEIOU"
gcv:{i:-2+count x; while[i>0; if[(x[i] in v)&not any x[(i-1),i+1] in v; :enlist x i]; i-:1]; ""}
-1 gcv each ("yogurt";"full";"easy";"eAsy";"ali";"bad";"most";"ab";"ba";"quick";"anime";"Asia";"Above");
