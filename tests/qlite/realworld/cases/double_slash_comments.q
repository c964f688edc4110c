// a comment starting with two slashes
f:{x*3} // trailing
show f 2 // comment after show
