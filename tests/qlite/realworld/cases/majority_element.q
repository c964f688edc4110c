majority:{first idesc count each group x}
show majority 2 2 1 1 1 2 2
