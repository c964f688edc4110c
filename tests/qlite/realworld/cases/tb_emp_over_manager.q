e:([]id:1 2 3 4;name:`Joe`Henry`Sam`Max;salary:70000 80000 60000 90000;managerId:3 4 0N 0N)
m:`managerId xkey select managerId:id, msal:salary from e
show select Employee:name from (e lj m) where salary>msal
show select Employee:name from (e lj m) where not null msal, salary>msal
