t:([]d:2024.01.01 2024.01.02;s:`a`b;p:1.5 2.5;n:1 2;c:"xy";str:("ab";"cd"))
show meta t
