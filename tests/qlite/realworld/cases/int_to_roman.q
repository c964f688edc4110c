intToRoman:{[num]
  vals:1000 900 500 400 100 90 50 40 10 9 5 4 1;
  syms:("M";"CM";"D";"CD";"C";"XC";"L";"XL";"X";"IX";"V";"IV";"I");
  res:"";
  i:0;
  while[num>0;
    while[num>=vals i; res,:syms i; num-:vals i];
    i+:1];
  res}
result:intToRoman[58];
show result;
-1 intToRoman 1994;
