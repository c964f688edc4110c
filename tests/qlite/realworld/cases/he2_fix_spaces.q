/ HumanEval 140: blanks to underscores, three or more blanks to a dash
fs:{r:""; n:0; i:0;
  while[i<count x;
    $[" "=x i; n+:1; [r,:$[n>2;"-";n#"_"]; r,:x i; n:0]];
    i+:1];
  r,$[n>2;"-";n#"_"]}
-1 fs "Example";
-1 fs "Mudasir Hanif ";
-1 fs "Yellow Yellow  Dirty  Fellow";
-1 fs "Exa   mple";
-1 fs "   Exa 1 2 2 mple";
