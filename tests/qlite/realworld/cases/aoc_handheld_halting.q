s:"nop +0\nacc +1\njmp +4\nacc +3\njmp -3\nacc -99\nacc +1\njmp -4\nacc +6"
prog:{(`$3#x;"J"$ssr[4_x;"+";""])} each "\n" vs s
exec1:{[p] acc:0; i:0; seen:(); while[(not i in seen) and i<count p; seen,:i; o:p[i;0]; a:p[i;1];
  if[o=`acc;acc+:a]; i+:$[o=`jmp;a;1]]; (i>=count p;acc)}
show exec1 prog
fix:{[p] j:where p[;0] in `jmp`nop; r:();
  {[p;k] o:p[k;0]; p[k;0]:$[o=`jmp;`nop;`jmp]; exec1 p}[p] each j}
r:fix prog
show last first r where r[;0]
