mapping:{[s;t] s!t}
canHave:{[names;candies;extra] names!(candies+extra)>=max candies}
shares:{[names;v] names!v%sum v}
result:mapping["egg";"add"];
show result;
result:canHave[`ann`bob`cy;2 3 5;2];
show result;
result:shares[`x`y;1 3];
show result;
result:`a`b!`up`down;
show result;
result:`p`q!1 0N;
show result;
result:(`a`b!3 4i) `b;
show result;
