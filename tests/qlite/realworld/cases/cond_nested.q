grade:{$[x>=90;"A";x>=80;"B";x>=70;"C";"F"]}
show grade each 95 85 72 10
sign:{$[x>0;1;x<0;-1;0]}
show sign each -5 0 5
