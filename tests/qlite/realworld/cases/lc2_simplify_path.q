solve:{[path]
  parts:("/" vs path) except ("";enlist ".");
  st:();
  i:0;
  while[i<count parts;
    p:parts i;
    $[p~".."; st:-1_st; st,:enlist p];
    i+:1];
  "/","/" sv st}
result:solve["/home/"];
show result;
result:solve["/home//foo/"];
show result;
result:solve["/a/./b/../../c/"];
show result;
result:solve["/a/b/c"];
show result;
