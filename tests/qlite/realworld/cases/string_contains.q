has:{[s;sub] 0<count ss[s;sub]}
show has["hello world";"wor"]
show has["hello";"xyz"]
show "hello world" like "*wor*"
