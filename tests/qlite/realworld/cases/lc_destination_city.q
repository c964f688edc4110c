dest:{[paths] s:paths[;0]; d:paths[;1]; first d except s}
show dest (`London`NewYork;`NewYork`Lima;`Lima`SaoPaulo)
