sc:{[s;c] w:" " vs c;
  $[c like "swap position*"; [i:"J"$w 2 5; @[s;i;:;s reverse i]];
    c like "swap letter*"; [i:s?(first w 2;first w 5); @[s;i;:;s reverse i]];
    c like "reverse*"; [i:"J"$w 2 4; i:i[0]+til 1+i[1]-i 0; @[s;i;:;reverse s i]];
    c like "rotate left*"; ("J"$w 2) rotate s;
    c like "rotate right*"; neg["J"$w 2] rotate s;
    c like "move*"; [i:"J"$w 2 5; t:s i 0; s:s _ i 0; (i[1]#s),t,i[1]_s];
    [i:s?first w 6; neg[1+i+i>=4] rotate s]]}
cs:("swap position 4 with position 0";"swap letter d with letter b";"reverse positions 0 through 4";"rotate left 1 step";"move position 1 to position 4";"move position 3 to position 0";"rotate based on position of letter b";"rotate based on position of letter d")
-1 sc\["abcde";cs];
