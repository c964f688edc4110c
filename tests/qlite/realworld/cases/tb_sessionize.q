ev:([]user:`u1`u1`u1`u2`u2;ts:2024.01.01D10:00:00.000000000 2024.01.01D10:10:00.000000000 2024.01.01D11:00:00.000000000 2024.01.01D09:00:00.000000000 2024.01.01D09:20:00.000000000)
ev:update gap:ts-prev ts by user from ev
show ev
show update sess:sums (null gap)|gap>0D00:30:00.000000000 by user from ev
