solve:{[n] 0b sv reverse 0b vs n}
result:solve[43261596i];
show result;
result:0b vs 43261596i;
show result;
result:solve[1i];
show result;
