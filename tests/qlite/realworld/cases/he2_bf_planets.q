/ HumanEval 148: the planets between two planets
p:`Mercury`Venus`Earth`Mars`Jupiter`Saturn`Uranus`Neptune
bf:{i:p?(x;y); $[any i=count p;`symbol$();x~y;`symbol$();p (1+min i)+til -1+abs(-) . i]}
show bf[`Jupiter;`Neptune]
show bf[`Earth;`Mercury]
show bf[`Mercury;`Uranus]
show bf[`Neptune;`Venus]
show bf[`Earth;`Earth]
show bf[`Mars;`Earth]
show bf[`Jupiter;`Makemake]
