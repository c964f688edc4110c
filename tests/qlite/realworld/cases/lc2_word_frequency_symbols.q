solve:{[text] desc count each group `$" " vs text}
result:solve["the day is sunny the the the sunny is is"];
show result;
result:first key solve["a b b"];
show result;
