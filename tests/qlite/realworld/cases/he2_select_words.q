/ HumanEval 117: words with exactly n consonants
cons:"bcdfghjklmnpqrstvwxyz"
sw:{[s;n] w where n={sum x in cons} each lower w:" " vs s}
0N!sw["Mary had a little lamb";4];
0N!sw["Mary had a little lamb";3];
0N!sw["Hello world";4];
0N!sw["Uncle sam";3];
