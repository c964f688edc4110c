emp:([]name:`ann`bob`cat`dan`eve;dept:`it`hr`it`ops`hr;sal:5000 4200 6100 3900 4800;age:34 45 29 51 38)
show select name,sal from emp where dept=`it,sal>5500
show select from emp where dept in `hr`ops
show select name from emp where sal=max sal
show select avg sal by dept from emp
show select dept,sal from emp where age<40
show select[2] from emp
show select[-2] name from emp
show select[3;>sal] name,sal from emp
