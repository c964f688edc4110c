lengthOfLongest:{[s]
  best:0; start:0; pos:(`char$())!`long$();
  i:0;
  while[i<count s;
    c:s i;
    if[(c in key pos) and pos[c]>=start; start:1+pos c];
    pos[c]:i;
    best:best|1+i-start;
    i+:1];
  best}
show lengthOfLongest "abcabcbb"
show lengthOfLongest "bbbbb"
show lengthOfLongest "pwwkew"
