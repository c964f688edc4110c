sortNums:{[s]
  w:`zero`one`two`three`four`five`six`seven`eight`nine;
  n:`$" " vs s;
  " " sv string w asc w?n}
show sortNums "three one five"
