diagSum:{[m] n:count m; i:til n; (sum m ./: i,'i)+(sum m ./: i,'reverse i)-$[n mod 2;m[n div 2;n div 2];0]}
show diagSum (1 2 3;4 5 6;7 8 9)
show diagSum (1 1 1 1;1 1 1 1;1 1 1 1;1 1 1 1)
