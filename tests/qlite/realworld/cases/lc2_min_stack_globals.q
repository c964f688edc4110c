st:(); mn:();
push:{st::st,x; mn::mn,$[count mn; x&last mn; x];}
pop:{st::-1_st; mn::-1_mn;}
top:{last st}
getMin:{last mn}
push -2; push 0; push -3;
result:getMin[];
show result;
pop[];
result:top[];
show result;
result:getMin[];
show result;
show st;
