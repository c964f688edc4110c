maxProfit:{max x-mins x}
show maxProfit 7 1 5 3 6 4
show maxProfit 7 6 4 3 1
