c:([] id:1 2 3 4; name:`Joe`Henry`Sam`Max)
o:([] id:1 2; cid:3 1)
show select name from c where not id in o`cid
