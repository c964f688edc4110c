w:([]name:`Afghanistan`Albania`Algeria`Andorra`Angola;continent:`Asia`Europe`Africa`Europe`Africa;area:652230 28748 2381741 468 1246700;population:25500100 2831741 37100000 78115 20609294)
show select name,population,area from w where (area>=3000000)|population>=25000000
