/ HumanEval 132: a valid subsequence of brackets with one nested pair
isn:{o:where x="["; c:reverse where x="]"; i:0; j:0;
  while[j<count o; if[(i<count c)&o[j]<c i; i+:1]; j+:1];
  i>=2}
show isn "[[]]"
show isn each ("[[]]";"[]]]]]]][[[[[]";"[][]";"[]";"[[[[]]]]";"[]]]]]]]]]]";"[][][[]]";"[[]";"[]]";"[[]][[";"[[][]]";"";"[[[[[[[[";"]]]]]]]]")
