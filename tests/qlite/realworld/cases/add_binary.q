toBin:{$[x=0;"0";"01" 2 vs x]}
fromBin:{2 sv "j"$x="1"}
show fromBin "1011"
show toBin 11
-1 toBin fromBin["11"]+fromBin["01"];
