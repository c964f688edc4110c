classify:{$[x>0;`positive;x<0;`negative;`zero]}
result:classify each -2 0 5;
show result;
result:classify 0;
show result;
result:enlist classify 0;
show result;
result:{x where x like "a*"} `bob`carl;
show result;
result:`$"hello";
show result;
