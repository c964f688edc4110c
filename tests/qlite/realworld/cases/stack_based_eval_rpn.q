rpn:{[tokens]
  st:();
  i:0;
  while[i<count tokens;
    t:tokens i;
    $[t in `$'"+-*/";
      [b:last st; st:-1_st; a:last st; st:-1_st;
       st,:$[t=`$"+";a+b;t=`$"-";a-b;t=`$"*";a*b;a div b]];
      st,:"J"$string t];
    i+:1];
  last st}
show rpn `$" " vs "2 1 + 3 *"
show rpn `$" " vs "4 13 5 / +"
