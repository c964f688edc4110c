enc:.Q.btoa "Hello World!"
show enc
show "c"$.Q.atob enc
show .Q.btoa "ab"
