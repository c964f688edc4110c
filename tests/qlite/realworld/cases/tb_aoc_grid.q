g:("#..#";".##.";"#...")
show sum sum g="#"
show where each g="#"
show raze {x,/:y}'[til count g;where each g="#"]
