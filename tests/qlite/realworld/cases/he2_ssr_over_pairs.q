/ replacements applied one after another with over
rep:{ssr[x;y 0;y 1]}
s:"the quick brown fox"
-1 rep/[s;(("quick";"slow");("brown";"red");("fox";"dog"))];
-1 {ssr[x;"o";"0"]} s;
-1 rep/[s;enlist (" ";"_")];
