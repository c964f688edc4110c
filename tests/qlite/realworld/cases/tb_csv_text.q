txt:("sym,qty,px";"ibm,100,12.5";"msft,250,30.25";"ibm,50,13")
h:`$"," vs first txt
rows:"," vs' 1_txt
c:flip rows
t:flip h!("S"$c 0;"J"$c 1;"F"$c 2)
show t
show meta t
show select sum qty by sym from t
