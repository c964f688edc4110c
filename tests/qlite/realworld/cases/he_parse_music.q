pm:{[s] m:(enlist "o";"o|";".|")!4 2 1; m " " vs s}
show pm "o o| .| o| o| .| .| .| .| o o"
