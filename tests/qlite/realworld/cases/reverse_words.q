revWords:{" " sv reverse " " vs x}
show revWords "the sky is blue"
-1 revWords "hello world";
