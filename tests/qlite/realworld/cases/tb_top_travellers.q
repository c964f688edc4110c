users:([]id:1 2 3 4 7 13 19;name:`Alice`Bob`Alex`Donald`Lee`Jonathan`Elvis)
rides:([]id:1 2 3 4 5 6 7 8 9;user_id:1 2 3 7 13 19 7 19 7;distance:120 317 222 100 312 50 120 400 230)
d:select travelled_distance:sum distance by id:user_id from rides
r:select name,travelled_distance:0^travelled_distance from users lj d
show `travelled_distance xdesc `name xasc r
