show @[{x+1};"a";{`err}]
show @[{`a+1};0;{x}]
show @[{til x};-1;{x}]
