validate:{[x] $[not -7h=type x;'`type;x<0;'`domain;x]}
show @[validate;5;::]
-1 @[validate;-5;{x}];
-1 @[validate;`a;{x}];
