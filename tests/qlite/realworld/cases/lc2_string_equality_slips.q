/ = compares item by item; ~ compares whole strings
same:{[a;b] a~b}
sameWrong:{[a;b] a=b}
check:{[a;b] $[a~b; `yes; `no]}
result:same["abc";"abc"];
show result;
result:sameWrong["abc";"abd"];
show result;
result:check["ab";"ab"];
show result;
result:@[sameWrong["abc"];"ab";{`$x}];
show result;
result:@[{$[x="ab";`yes;`no]};"ab";{`$x}];
show result;
