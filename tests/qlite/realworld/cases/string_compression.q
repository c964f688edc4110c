compress:{[s]
  b:where differ s;
  g:b cut s;
  raze {(first x),string count x} each g}
show compress "aabcccccaaa"
-1 compress "abc";
