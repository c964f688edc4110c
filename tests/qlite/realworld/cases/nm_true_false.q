/ booleans spelt as in Python
ok:1b
show ok
ok:True
show ok
