solve:{[note;mag] r:count each group note; m:count each group mag; all r<=0^m key r}
result:solve["aa";"ab"];
show result;
result:solve["aa";"aab"];
show result;
result:solve["abc";"cbaxyz"];
show result;
