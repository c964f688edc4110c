/ HumanEval 158: the word with the most distinct letters, ties alphabetically
fm:{u:count each distinct each x; c:x where u=max u; first c iasc c}
-1 fm ("name";"of";"string");
-1 fm ("name";"enam";"game");
-1 fm ("aaaaaaa";"bb";"cc");
-1 fm ("abc";"cba");
-1 fm ("play";"this";"game";"of";"footbott");
-1 fm ("we";"are";"gonna";"rock");
-1 fm ("this";"is";"prrk");
-1 fm enlist enlist "b";
-1 fm ("play";"play";"play");
