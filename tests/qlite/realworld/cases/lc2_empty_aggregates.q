/ max of nothing is negative infinity; a model that forgets the empty case sees these
maxProfit:{[p] max p-mins p}
result:maxProfit[`long$()];
show result;
result:min `long$();
show result;
result:max 0#0f;
show result;
result:min 0#0f;
show result;
result:sum `long$();
show result;
result:avg `long$();
show result;
result:max 0N 0N;
show result;
