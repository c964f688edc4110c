part:{[s] (count[s] within 1 3) and (all s in .Q.n) and (s~string "J"$s) and 255>="J"$s}
solve:{[ip] p:"." vs ip; (4=count p) and all part each p}
result:solve["172.16.254.1"];
show result;
result:solve["256.256.256.256"];
show result;
result:solve["192.168.01.1"];
show result;
result:solve["1.2.3"];
show result;
result:part each "." vs "10.0.300.a";
show result;
