bits:{raze -4#'0b vs'"0123456789ABCDEF"?x}
P:0; B:()
rd:{r:2 sv "j"$B P+til x; P::P+x; r}
ops:(sum;prd;min;max;::;{"j"$x[0]>x 1};{"j"$x[0]<x 1};{"j"$x[0]=x 1})
pk:{v:rd 3; t:rd 3;
  if[t=4; n:0; g:1; while[g; g:rd 1; n:(16*n)+rd 4]; :(v;n)];
  subs:(); lt:rd 1;
  if[lt=0; e:P+rd 15; while[P<e; subs,:enlist pk[]]];
  if[lt=1; do[rd 11; subs,:enlist pk[]]];
  (v+sum subs[;0];(ops t) subs[;1])}
run:{B::bits x; P::0; pk[]}
show 24#bits "D2FE28"
show run "D2FE28"
show first each run each ("8A004A801A8002F478";"620080001611562C8802118E34";"C0015000016115A2E0802F182340";"A0016C880162017C3686B18A3D4780")
show last each run each ("C200B40A82";"04005AC33890";"880086C3E88112";"CE00C43D881120";"D8005AC2A8F0";"F600BC2D8F";"9C005AC2F8F0";"9C0141080250320F1802104A08")
