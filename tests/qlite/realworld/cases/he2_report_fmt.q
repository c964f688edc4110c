/ a small report: padded names, fixed decimals, joined lists
names:`alice`bob`carol
scores:91.5 78.25 88
-1 "name   score";
{-1 (6$string x)," ",.Q.fmt[6;2] y}'[names;scores];
-1 "mean: ",.Q.fmt[6;2] avg scores;
-1 "best: ",string names scores?max scores;
-1 "above mean: "," " sv string names where scores>avg scores;
-1 "total ",string sum scores;
