tx:([]date:2024.01.01 2024.01.01 2024.01.02 2024.01.03 2024.01.03;acct:`a`b`a`a`b;amt:100 50 -30 20 -10)
show update bal:sums amt by acct from tx
show select last bal by acct from update bal:sums amt by acct from tx
show select net:sum amt by date from tx
show select from tx where amt<0
