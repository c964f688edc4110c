/ square roots by Newton's method: over and scan run until the value stops changing
nsqrt:{[n] {[n;x] 0.5*x+n%x}[n]/[1.0]}
show nsqrt 2
show nsqrt each 9 16 100
show {0.5*x+2%x}\[1.0]
show count {0.5*x+2%x}\[1.0]
show abs[nsqrt[2]-sqrt 2]<1e-12
show {x*x}\[0.1]
