W:7; H:3
scr:H#enlist W#"."
rect:{[s;a;b] s[til b]:{[a;r] @[r;til a;:;"#"]}[a] each s til b; s}
rrow:{[s;y;n] s[y]:neg[n] rotate s y; s}
rcol:{[s;x;n] flip rrow[flip s;x;n]}
cmd:{[s;c] w:" " vs c;
  $[c like "rect *"; rect[s;;] . "J"$"x" vs w 1;
    c like "rotate row*"; rrow[s;"J"$2_w 2;"J"$w 4];
    rcol[s;"J"$2_w 2;"J"$w 4]]}
cs:("rect 3x2";"rotate column x=1 by 1";"rotate row y=0 by 4";"rotate column x=1 by 1")
r:cmd/[scr;cs]
-1 r;
show sum sum r="#"
