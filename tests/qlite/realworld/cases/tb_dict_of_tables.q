trades:`a`b!(([]px:1 2 3);([]px:10 20))
show count each trades
show {exec sum px from x} each trades
show raze {update src:x from trades x} each key trades
