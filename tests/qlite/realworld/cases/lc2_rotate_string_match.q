solve:{[s;goal] $[(count s)<>count goal; 0b; any goal~/:(til count s) rotate\: s]}
result:solve["abcde";"cdeab"];
show result;
result:solve["abcde";"abced"];
show result;
result:(til 3) rotate\: "abc";
show result;
