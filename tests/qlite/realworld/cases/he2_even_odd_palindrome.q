/ HumanEval 107: even and odd palindromes in 1..n
eop:{p:i where {s~reverse s:string x} each i:1+til x; (sum 0=p mod 2;sum 1=p mod 2)}
show eop 12
show eop 3
show eop 63
show eop 25
show eop 1
