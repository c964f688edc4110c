/ plausible solutions whose type differs from what the test expects
isEven:{$[0=x mod 2;"true";"false"]}
countEven:{sum 0=x mod 2}
evens:{x where 0=x mod 2}
firstEven:{first x where 0=x mod 2}
result:isEven 4;
show result;
result:countEven 1 2 3 4;
show result;
result:evens 1 3 5;
show result;
result:firstEven 1 3 5;
show result;
result:string `abc;
show result;
result:`$"abc";
show result;
result:type countEven 1 2;
show result;
