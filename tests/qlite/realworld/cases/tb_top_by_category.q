t:([]cat:`x`y`x`x`y`z;item:`a`b`c`d`e`f;score:5 9 7 3 1 4)
show select top:first item where score=max score by cat from t
show select items:item idesc score by cat from t
