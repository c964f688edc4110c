txt:("the";"quick";"brown";"fox")
show count'[txt]
show count each txt
show max count each txt
show txt where 5=count each txt
