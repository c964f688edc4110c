solve:{[n] ([] i:til n; sq:{x*x} til n)}
result:solve[3];
show result;
