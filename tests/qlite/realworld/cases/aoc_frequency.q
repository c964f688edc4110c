s:"+1\n-2\n+3\n+1"
f:"J"$ssr[;"+";""] each "\n" vs s
show f
show sum f
firstrep:{seen:(); t:0; i:0; while[not t in seen; seen,:t; t+:x i mod count x; i+:1]; t}
show firstrep f
show firstrep each (1 -1;3 3 4 -2 -4;-6 3 8 5 -6;7 7 -2 -7 -4)
