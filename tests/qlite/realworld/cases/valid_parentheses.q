isValid:{[s]
  stack:"";
  pairs:")]}"!"([{";
  i:0;
  while[i<count s;
    c:s i;
    $[c in "([{"; stack,:c;
      [if[0=count stack; :0b];
       if[not (last stack)=pairs c; :0b];
       stack:-1_stack]];
    i+:1];
  0=count stack}
show isValid "()"
show isValid "()[]{}"
show isValid "(]"
show isValid "([)]"
show isValid "{[]}"
