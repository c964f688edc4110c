emp:([]id:1 2 3 4 5;name:`Joe`Jim`Henry`Sam`Max;salary:70000 90000 80000 60000 90000;deptId:1 1 2 2 1)
dept:([id:1 2]name:`IT`Sales)
d2:`deptId`dname xcol dept
show d2
show select Department:dname, Employee:name, Salary:salary from (emp lj d2) where salary=(max;salary) fby deptId
