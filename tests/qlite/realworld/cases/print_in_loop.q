i:1
do[3; -1 "Line ",string i; i+:1]
