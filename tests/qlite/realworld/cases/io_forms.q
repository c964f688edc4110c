1 "abc\n";
1 "no newline";
1 "\n";
-1 .Q.s 1 2;
2 "to stderr\n";
-2 "err line";
show 1 "x\n"
