t:([]dept:`a`a`a`b`b`c;emp:`p1`p2`p3`p4`p5`p6;sal:100 300 200 50 80 70)
show ungroup select emp:2 sublist emp, sal:2 sublist sal by dept from `sal xdesc t
show select from t where sal=(max;sal) fby dept
