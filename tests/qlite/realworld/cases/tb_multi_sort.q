t:([]dept:`b`a`b`a`c;name:`x`y`z`w`v;sal:10 20 30 20 5)
show `dept`sal xasc t
show `dept xasc `sal xdesc t
show asc t`name
show t iasc t`sal
show desc t`dept
