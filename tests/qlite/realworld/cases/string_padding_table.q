names:("Al";"Barbara";"Ce")
-1 {(10$x),"|"} each names;
-1 {(-5$string x)} each 1 22 333;
