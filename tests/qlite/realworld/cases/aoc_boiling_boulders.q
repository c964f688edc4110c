c:{"J"$"," vs x} each ("2,2,2";"1,2,2";"3,2,2";"2,1,2";"2,3,2";"2,2,1";"2,2,3";"2,2,4";"2,2,6";"1,2,5";"3,2,5";"2,1,5";"2,3,5")
d:(1 0 0;-1 0 0;0 1 0;0 -1 0;0 0 1;0 0 -1)
enc:{sum x*10000 100 1}
E:enc each c
show sum {sum not (enc each x+/:d) in E} each c
lo:-1+min c; hi:1+max c
show (lo;hi)
ext:{q:enlist lo; seen:enlist enc lo; n:0;
  while[count q; p:first q; q:1_q; nb:p+/:d;
    nb:nb where all each (nb>=\:lo) and nb<=\:hi;
    e:enc each nb; n+:sum e in E;
    k:where (not e in E) and not e in seen;
    seen,:e k; q,:nb k];
  n}
show ext[]
