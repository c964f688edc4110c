t:([]task:`a`b`a`c`b;dur:0D00:10 0D00:20 0D00:05 0D01 0D00:15)
show select total:sum dur by task from t
show exec sum dur from t
