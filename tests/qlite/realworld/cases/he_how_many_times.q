hmt:{[s;sub] $[0=count s;0;sum sub~/:(count sub)#'(til 1+count[s]-count sub)_\:s]}
show hmt["aaaa";"aa"]
show hmt["cacacacac";"cac"]
show hmt["";"x"]
