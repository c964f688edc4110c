show sum {x where 0=x mod 2} 1+til 10
show sum (1+til 10) where 0=(1+til 10) mod 2
