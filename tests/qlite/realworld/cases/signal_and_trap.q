check:{if[x<0;'"negative"]; sqrt x}
show @[check;4;{`$x}]
show @[check;-4;{`$x}]
f:{'`custom}
-1 @[f;0;{"got ",x}];
