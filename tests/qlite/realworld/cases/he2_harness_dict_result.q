/ a solution and its own test harness: vowels per word as a dictionary
solve:{[s]
  w:" " vs s;
  w:w where 0<count each w;
  (`$w)!{sum x in "aeiouAEIOU"} each w
  }
tests:(
  ("hello world";`hello`world!2 1i);
  (enlist "a";(enlist `a)!enlist 1i);
  ("xyz  Queue";`xyz`Queue!0 4i);
  ("one two";`one`two!2 1))
res:{[t] r:solve t 0; $[r~t 1;"PASS";"FAIL: got ",-3!r]} each tests
-1 res;
-1 "score: ",string[sum res like "PASS"],"/",string count tests;
show solve "hello world"
