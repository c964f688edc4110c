show ,\["abc"]
show {x,y}\[("a";"b";"c")]
