system "c 10 20"
t:([]id:til 12;name:12#`alpha`beta`gamma;price:12#1.25 2.5 10.75;category:12#`electronics`furniture)
show t
