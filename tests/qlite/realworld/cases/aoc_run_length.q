rle:{g:(where differ x) cut x; raze (string count each g),'first each g}
-1 rle "aaabccdddd";
-1 rle "abc";
unrle:{p:(where differ x in .Q.n) cut x; i:til count p; raze ("J"$p where 0=i mod 2)#'p where 1=i mod 2}
-1 unrle "3a1b2c4d";
show 6 rle\enlist "1"
