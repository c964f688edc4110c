classify:{[n]
  $[n<0;
    `negative;
    n=0;
    `zero;
    `positive]
  }
show classify each -5 0 5
