show value "1+2"
show value "til 3"
a:5
show value "a*2"
show eval parse "2*3"
