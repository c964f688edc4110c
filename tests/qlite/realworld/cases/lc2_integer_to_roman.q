solve:{[num]
  vals:1000 900 500 400 100 90 50 40 10 9 5 4 1;
  syms:("M";"CM";"D";"CD";"C";"XC";"L";"XL";"X";"IX";"V";"IV";"I");
  r:"";
  i:0;
  while[num>0;
    while[num>=vals i; r,:syms i; num-:vals i];
    i+:1];
  r}
result:solve[58];
show result;
result:solve[1994];
show result;
result:solve[3];
show result;
result:solve[5];
show result;
