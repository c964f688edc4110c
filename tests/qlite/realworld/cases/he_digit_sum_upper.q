ds:{sum "j"$x where x in .Q.A}
show ds "abAB"
show ds ""
