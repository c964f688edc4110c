d:2024.01.01+til 7
show d
show d mod 7
show d where 1<d mod 7
show `Sat`Sun`Mon`Tue`Wed`Thu`Fri d mod 7
