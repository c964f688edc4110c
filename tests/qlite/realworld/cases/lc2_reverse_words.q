solve:{[s] " " sv reverse (" " vs s) except enlist ""}
result:solve["the sky is blue"];
show result;
result:solve["  hello world  "];
show result;
result:solve["a good   example"];
show result;
