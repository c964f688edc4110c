lines:("1-3 a: abcde";"1-3 b: cdefg";"2-9 c: ccccccccc")
p:{a:" " vs x; r:"J"$"-" vs a 0; c:first a 1; s:a 2; `lo`hi`ch`pw!(r 0;r 1;c;s)} each lines
show p
show select from p where {[l;h;c;s] n:sum s=c; (n>=l)&n<=h}'[lo;hi;ch;pw]
show sum {n:sum x[`pw]=x`ch; (n>=x`lo)&n<=x`hi} each p
