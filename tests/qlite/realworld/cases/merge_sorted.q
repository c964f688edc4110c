merge:{asc x,y}
show merge[1 2 4;1 3 4]
mergeLoop:{[a;b]
  r:();
  i:j:0;
  while[(i<count a) and j<count b;
    $[a[i]<=b[j]; [r,:a i; i+:1]; [r,:b j; j+:1]]];
  r,(i _ a),j _ b}
show mergeLoop[1 2 4;1 3 4]
