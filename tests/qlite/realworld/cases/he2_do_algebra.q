/ HumanEval 160: evaluate operators over operands with precedence, level by level
ap:{[o;a;b] $[o~"**";`long$a xexp b;o~enlist "*";a*b;o~"//";a div b;o~enlist "+";a+b;a-b]}
lvl:{[ops;st] o:st 0; n:st 1; i:0;
  while[i<count o;
    $[any o[i]~/:ops;
      [n:(i#n),(ap[o i;n i;n i+1]),(i+2)_n; o:(i#o),(i+1)_o];
      i+:1]];
  (o;n)}
doAlg:{[ops;nums] s:(ops;nums);
  s:lvl[enlist "**";s];
  s:lvl[(enlist "*";"//");s];
  s:lvl[(enlist "+";enlist "-");s];
  first s 1}
show doAlg[("**";enlist "*";enlist "+");2 3 4 5]
show doAlg[(enlist "+";enlist "*";enlist "-");2 3 4 5]
show doAlg[("//";enlist "*");7 3 4]
