a:([]k:1 2 3;x:`p`q`r)
b:([k:2 3 4]y:20 30 40)
show a ij b
show (1!a) uj b
show a lj b
show b lj ([k:3 4]y:300 400)
show aj0[`k;([]k:2 5);([]k:1 3 4;z:`one`three`four)]
