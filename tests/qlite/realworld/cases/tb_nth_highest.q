emp:([]id:1 2 3 4;salary:100 200 300 200)
nth:{[t;n] s:desc distinct t`salary; $[n>count s;0N;s n-1]}
show nth[emp;2]
show nth[emp;3]
show nth[emp;4]
show select SecondHighestSalary:first 1_desc distinct salary from emp
