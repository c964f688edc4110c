show 0.5*5*3
show {[a;b;c] s:0.5*a+b+c; 0.01*floor 0.5+100*sqrt s*(s-a)*(s-b)*s-c}[3;4;5]
