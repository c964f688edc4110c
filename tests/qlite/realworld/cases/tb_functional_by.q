t:([]k:`x`y`x`y;v:1 2 3 4)
show ![t;();(enlist`k)!enlist`k;(enlist`m)!enlist(max;`v)]
show ?[t;();();`v]
show ?[t;();();(sum;`v)]
show ?[t;enlist(>;`v;1);`k;(sum;`v)]
show ?[t;();0b;(enlist`n)!enlist(count;`i)]
