/ asc first, then a stable desc by count: ties stay in alphabetical order
solve:{[words;k] k#key desc count each group asc words}
result:solve[`i`love`leetcode`i`love`coding;2];
show result;
result:solve[`the`day`is`sunny`the`the`the`sunny`is`is;4];
show result;
