solve:{[s] count last " " vs trim s}
result:solve["Hello World"];
show result;
result:solve["   fly me   to   the moon  "];
show result;
result:solve["luffy is still joyboy"];
show result;
