pad:{[n;w] (neg w)$string n}
zpad:{[n;w] -1 #[neg w;"0",string n];}
show pad[7;3]
show {((3-count s)#"0"),s:string x} 7
show "0"^-3$string 42
