t:([]id:til 30;sq:{x*x} til 30)
show t
show til 40
