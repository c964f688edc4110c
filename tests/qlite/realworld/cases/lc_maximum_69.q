max69:{"J"$@[s;first where "6"=s:string x;:;"9"]}
show max69 9669
show max69 9996
