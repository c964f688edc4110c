/ MBPP 9 and 11: rotations to get the same string; drop the first and last occurrence
rot:{1+first where x~/:(1+til count x) rotate\:x}
show rot each ("aaaa";"ab";"abc";"abab")
rmOcc:{x _/ desc distinct (x?y),last where x=y}
-1 rmOcc["hello";"l"];
-1 rmOcc["abcda";"a"];
-1 rmOcc["PHP";"P"];
-1 rmOcc["banana";"n"];
