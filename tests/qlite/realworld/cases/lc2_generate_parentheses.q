gen:{[s;o;c;n]
  if[(count s)=2*n; :enlist s];
  r:();
  if[o<n; r,:gen[s,"(";o+1;c;n]];
  if[c<o; r,:gen[s,")";o;c+1;n]];
  r}
solve:{[n] gen["";0;0;n]}
result:solve[3];
show result;
result:count solve[4];
show result;
