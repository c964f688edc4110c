maxConsecutive:{[nums] max {$[y;x+1;0]}\[0;nums]}
show maxConsecutive 1 1 0 1 1 1
show {$[y;x+1;0]}\[0;1 1 0 1]
