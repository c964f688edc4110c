person:([] pid:1 2; last:`Wang`Alice)
addr:([pid:2 3] city:`NYC`LA)
show person lj addr
