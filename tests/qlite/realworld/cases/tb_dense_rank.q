s:([]name:`a`b`c`d`e;score:90 85 90 70 85)
show update rnk:1+(desc distinct score)?score from s
show `rnk xasc update rnk:1+(desc distinct score)?score from s
