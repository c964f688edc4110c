isIso:{(count distinct x)=(count distinct y)=count distinct flip (x;y)}
iso:{[s;t] (s?s)~t?t}
show iso["egg";"add"]
show iso["foo";"bar"]
show iso["paper";"title"]
