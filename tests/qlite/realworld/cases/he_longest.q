longest:{$[count x;x first where c=max c:count each x;::]}
show longest ("a";"bb";"ccc";"dd")
show longest ("x";"y")
