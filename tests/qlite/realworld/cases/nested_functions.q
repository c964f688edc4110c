outer:{[n]
  sq:{x*x};
  add:{[a;b] a+b};
  add[sq n;1]}
show outer 4
