/ HumanEval 141: a valid file name has one dot, a letter first, at most three digits and a known extension
fnc:{p:"." vs x; if[2<>count p;:"No"]; n:p 0;
  if[(0=count n)|not first[n] in .Q.a,.Q.A;:"No"];
  if[3<sum n in .Q.n;:"No"];
  $[any (p 1)~/:("txt";"exe";"dll");"Yes";"No"]}
-1 fnc each ("example.txt";"1example.dll";"s1sdf3.asd";"K.dll";"MY16FILE3.exe";"His12FILE94.exe";"_Y.txt";"this_is_valid.txtexe";"all.exe.txt";"I563_No.exe";"final..txt";".txt";"s.");
