solve:{[h;n] $[count r:h ss n; first r; -1]}
result:solve["sadbutsad";"sad"];
show result;
result:solve["leetcode";"leeto"];
show result;
result:"sadbutsad" ss "sad";
show result;
result:ssr["Mr John Smith";" ";"%20"];
show result;
result:ssr["1.1.1.1";".";"[.]"];
show result;
