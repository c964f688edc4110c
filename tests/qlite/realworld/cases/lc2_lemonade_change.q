solve:{[bills]
  five:ten:0;
  i:0;
  while[i<count bills;
    b:bills i;
    $[b=5; five+:1;
      b=10; [if[five=0; :0b]; five-:1; ten+:1];
      [$[ten>0; [ten-:1; five-:1]; five-:3]; if[five<0; :0b]]];
    i+:1];
  1b}
result:solve[5 5 5 10 20];
show result;
result:solve[5 5 10 10 20];
show result;
result:solve[10 10];
show result;
