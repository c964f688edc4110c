t:("#..";"##.";"...")
rot:{flip reverse x}
or8:{r:3 rot\x; r,reverse each r}
-1 rot t;
show count or8 t
show count distinct or8 t
show count distinct or8 ("#.#";"...";"#.#")
show sum sum t="#"
