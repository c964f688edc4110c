seat:{2 sv "j"$"1"=ssr[;"R";"1"] ssr[;"B";"1"] x}
p:("FBFBBFFRLR";"BFFFBBFRRR";"FFFBBBFRRR";"BBFFBBFRLL")
show seat each p
show max seat each p
ids:seat each ("FFFFFFBLLR";"FFFFFFFRRL";"FFFFFFBLLL")
show first ((min ids)+til 1+max[ids]-min ids) except ids
