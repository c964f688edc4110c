/ digit sum written with char arithmetic: chars are not numbers in q
solve:{[s] sum s-"0"}
fixed:{[s] sum "J"$/:s}
result:@[solve;"123";{"error: ",x}];
show result;
result:fixed[("1";"23")];
show result;
show solve["123"];
