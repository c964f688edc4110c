s:`c`a`b`a`b`a
show group s
show count each group s
show desc count each group s
show first each group s
show key desc count each group s
show where s=`a
show distinct s
show s?`b
