t:([]sym:`a`b`a`c;v:1 2 3 4)
show ?[t;enlist(=;`sym;enlist`a);0b;()]
show ?[t;();(enlist`sym)!enlist`sym;(enlist`total)!enlist(sum;`v)]
show ?[t;();0b;`sym`v2!(`sym;(*;2;`v))]
show ![t;enlist(>;`v;2);0b;(enlist`v)!enlist(*;`v;10)]
show ![t;();0b;enlist`v]
