book:([]side:`b`b`s`s`b`s;px:99.5 99.0 100.5 101.0 99.5 100.5;qty:100 200 150 50 300 100)
levels:select qty:sum qty by side,px from book
show levels
bids:`px xdesc select px,qty from 0!levels where side=`b
asks:`px xasc select px,qty from 0!levels where side=`s
show bids
show asks
show (first asks`px)-first bids`px
mid:0.5*(first asks`px)+first bids`px
show mid
