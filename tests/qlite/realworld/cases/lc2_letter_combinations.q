m:"23456789"!("abc";"def";"ghi";"jkl";"mno";"pqrs";"tuv";"wxyz");
solve:{[digits] $[0=count digits; (); {raze x,/:\:y}/[enlist ""; m digits]]}
result:solve["23"];
show result;
result:count solve["79"];
show result;
result:solve[""];
show result;
