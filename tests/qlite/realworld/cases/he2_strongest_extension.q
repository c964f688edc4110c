/ HumanEval 153: the extension with the most capitals minus lower-case letters
se:{[c;e] s:{(sum x in .Q.A)-sum x in .Q.a} each e; c,".",e s?max s}
-1 se["Watashi";("tEN";"niNE";"eIGHt8OKe")];
-1 se["Boku123";("nani";"NazeDa";"YEs.WeCaNe";"32145tggg")];
-1 se["__YESIMHERE";(enlist "t";"eMptY";"nothing";"zeR00";"NuLl__";"123NoooneB321")];
-1 se[enlist "K";("Ta";"TAR";"t234An";"cosSo")];
-1 se["Sp";("671235";"bb")];
