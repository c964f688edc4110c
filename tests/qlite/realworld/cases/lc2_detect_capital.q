solve:{[w] (w~upper w) or (w~lower w) or w~(upper 1#w),lower 1_w}
result:solve["USA"];
show result;
result:solve["FlaG"];
show result;
result:solve["Google"];
show result;
result:upper "leetcode";
show result;
result:lower `HELLO;
show result;
