caesar:{[s;k] a:.Q.a; m:a!(k rotate a); ?[s in a;m s;s]}
show caesar["hello world";3]
caesar2:{"c"$97+((("j"$x)-97)+y) mod 26}
show caesar2["xyz";2]
