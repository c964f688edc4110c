f:{[x]
  res:();
  if[x>0;
    res,:`pos;
    res,:`nonzero
  ];
  if[x=0;
    res,:`zero
  ];
  res
 }
show f 3
show f 0
