/ HumanEval 72: palindromic and light enough
fly:{[q;w](q~reverse q)&w>=sum q}
show fly[3 2 3;9]
show fly'[(3 2 3;3 2 3;1 2;enlist 3);1 9 5 5]
