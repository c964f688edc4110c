emp:([] id:1 2 3; salary:100 200 300)
second:{[t] s:desc distinct t`salary; $[1<count s;s 1;0N]}
show second emp
show second ([] id:enlist 1; salary:enlist 100)
