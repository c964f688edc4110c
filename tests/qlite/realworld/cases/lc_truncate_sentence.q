trunc:{[s;k] " " sv k#" " vs s}
show trunc["Hello how are you Contestant";4]
