cap:2; cache:()!(); order:`long$();
lget:{[k]
  if[not k in key cache; :-1];
  order::(order except k),k;
  cache k}
lput:{[k;v]
  if[k in key cache; order::order except k];
  if[(count order)>=cap;
    old:first order;
    order::1_order;
    ks:key[cache] except old;
    cache::ks!cache ks];
  cache[k]::v;
  order::order,k;}
out:();
lput[1;1]; lput[2;2];
out,:lget 1;
lput[3;3];
out,:lget 2;
lput[4;4];
out,:lget 1;
out,:lget 3;
out,:lget 4;
result:out;
show result;
show cache;
