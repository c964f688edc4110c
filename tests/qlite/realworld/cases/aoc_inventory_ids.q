ids:("abcdef";"bababc";"abbcde";"abcccd";"aabcdd";"abcdee";"ababab")
c:{value count each group x} each ids
show (sum 2 in/: c)*sum 3 in/: c
ids2:("abcde";"fghij";"klmno";"pqrst";"fguij";"axcye";"wvxyz")
r:""; i:0; n:count ids2;
do[n; j:i+1; while[j<n; a:ids2 i; b:ids2 j; if[1=sum a<>b; r:a where a=b]; j+:1]; i+:1];
-1 r;
