sps:{d:10 vs x; (prd d)-sum d}
show sps 234
show sps 4421
