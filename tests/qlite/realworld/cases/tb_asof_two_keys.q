q:([]sym:`a`a`b`a;time:09:00 09:05 09:03 09:10;px:1 2 3 4)
show q asof `sym`time!(`a;09:07)
show q asof ([]sym:`a`b`b;time:09:06 09:02 09:04)
