/ HumanEval 40: do three distinct elements sum to zero?
triples:{n:count x; r:0b; i:0;
  while[(i<n)&not r;
    j:i+1;
    while[(j<n)&not r; r:any 0=x[i]+x[j]+(j+1)_x; j+:1];
    i+:1];
  r}
show triples each (1 3 5 0;1 3 -2 1;1 2 3 7;2 4 -5 3 9 7;enlist 1)
show triples 1 3 5 -100
