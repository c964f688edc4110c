solve:{[strs] value group asc each strs}
words:("eat";"tea";"tan";"ate";"nat";"bat");
result:solve[words];
show result;
show count each result;
show words first each result;
