t:([]sym:`a`a;time:09:00 09:05)
q:([]sym:`a`a`a`a;time:08:58 09:01 09:03 09:06;px:1 2 3 4;sz:10 20 30 40)
w:-2 2+\:t`time
show wj[w;`sym`time;t;(q;(max;`px);(sum;`sz))]
