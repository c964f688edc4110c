s:([] id:til 6; score:3.5 3.65 4 3.85 4 3.65)
r:update rank:1+(desc distinct score)?score from s
show `score xdesc r
