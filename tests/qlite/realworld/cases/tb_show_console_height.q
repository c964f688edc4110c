\c 12 40
t:([]n:til 20;sq:{x*x} til 20)
show t
show til 100
