s:"  padded  "
show trim s
show ltrim s
show rtrim s
show count trim s
