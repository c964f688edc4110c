g:("Game 1: 3 blue, 4 red; 1 red, 2 green, 6 blue; 2 green";"Game 2: 1 blue, 2 green; 3 green, 4 blue, 1 red; 1 green, 1 blue";"Game 3: 8 green, 6 blue, 20 red; 5 blue, 4 red, 13 green; 5 green, 1 red";"Game 4: 1 green, 3 red, 6 blue; 3 green, 6 red; 3 green, 15 blue, 14 red";"Game 5: 6 red, 1 blue, 3 green; 2 blue, 1 red, 2 green")
mx:{d:raze {" " vs' ", " vs x} each "; " vs last ": " vs x;
  {[m;p] c:`$p 1; m[c]:m[c]|"J"$p 0; m}/[`red`green`blue!0 0 0;d]}
r:mx each g
show r
show sum 1+where (r[`red]<=12) and (r[`green]<=13) and r[`blue]<=14
show sum r[`red]*r[`green]*r[`blue]
