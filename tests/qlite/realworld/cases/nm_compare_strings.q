/ comparing strings with = is item-wise
a:"abc"
show a ~ "abc"
show a = "abc"
show a = "abd"
show a ~ "ab"
show a = "ab"
show `unreached
