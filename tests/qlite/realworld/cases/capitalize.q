cap:{(upper 1#x),1_x}
show cap "hello"
title:{" " sv cap each " " vs x}
show title "hello big world"
