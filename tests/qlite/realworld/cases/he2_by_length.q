/ HumanEval 105: digits 1-9 sorted descending, as names
bl:{n:``One`Two`Three`Four`Five`Six`Seven`Eight`Nine; n desc x where x within 1 9}
show bl 2 1 1 4 5 8 2 3
show bl 1 -1 55
show bl `long$()
show bl 1 -1 3 2
