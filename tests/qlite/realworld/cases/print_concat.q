n:5
-1 "n is ",string n;
-1 "sum: ",string sum til n;
-1 "avg: ",string avg 1 2 3 4;
-1 "items: "," " sv string til 3;
