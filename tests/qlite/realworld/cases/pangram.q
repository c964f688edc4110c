isPangram:{all .Q.a in lower x}
show isPangram "The quick brown fox jumps over the lazy dog"
show isPangram "Hello"
