show "j"$"a"
show "c"$1+"j"$"a"
show "c"$97+til 5
show "A"<"a"
show `int$"z"
show "a"+1
show "unreached"
