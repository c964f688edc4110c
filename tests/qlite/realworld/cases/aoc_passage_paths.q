s:("start-A";"start-b";"A-c";"A-b";"b-d";"A-end";"b-end")
e:`$"-" vs' s
ed:e,reverse each e
adj:{ed[x;1]} each group ed[;0]
small:{x=lower x}
paths:{[n;seen] $[n=`end;1;sum {[seen;m] $[(m in seen) and small m;0;paths[m;seen,m]]}[seen] each adj[n] except `start]}
show paths[`start;enlist `start]
paths2:{[n;seen;tw] $[n=`end;1;sum {[seen;tw;m] $[not (m in seen) and small m;paths2[m;seen,m;tw];tw;0;paths2[m;seen,m;1b]]}[seen;tw] each adj[n] except `start]}
show paths2[`start;enlist `start;0b]
show adj`A
