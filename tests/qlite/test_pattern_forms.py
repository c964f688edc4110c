"""Pattern matching in assignments, lambda parameters and the :[v;p1;r1;...;rd] conditional: the values and
errors are those the kdb+ 4.1 reference prints (basics/pattern); forms it does not document stay 'nyi."""

import pytest

from qconsole import console

D5 = "`one`two`three`four`five!1 2 3 4 5"
TEMP = "tempCheck:{$[x<0;'\"too cold\";x>40;'\"too hot\";x]}"

CASES = [
    # list patterns: constants and elided items inside, the length must match
    (["(b;c;3):2 3 4"], "'match"),
    (["(b;c;4):2 3 4", "(b;c)"], "2 3"),
    (["(a;b;):1 2"], "'length"),
    (["(a;b;):1 2 3", "a,b"], "1 2"),
    (["a:(b;:1+):1 2", "a"], "1 3"),
    (["a:(b;:1+):1 2", "b"], "1"),
    # a failed match changes no variable
    (["b:0", "(b;c;4):2 3 5"], "'match"),
    (["b:0", "@[value;\"(b;c;4):2 3 5\";::]", "b"], "0"),
    # dictionary patterns: constant keys, bracketed keys, missing keys are 'match
    (["(1 2!(one;two)):1 2!\"ab\"", "one"], '"a"'),
    (["(1 2!(one;two)):1 2!\"ab\"", "two"], '"b"'),
    (["(1 2!(one;two)):1 2 3!\"abc\"", "two"], '"b"'),
    (["(1 2!(one;two)):1 3!\"ac\""], "'match"),
    (["([four:d]):" + D5, "d"], "4"),
    (["([one:;four:d]):" + D5, "d"], "4"),
    (["([six:;four:d]):" + D5], "'match"),
    # table patterns: columns by name, key columns of a keyed table
    (["([]cc:e):([]aa:1 2;bb:3 4;cc:5 6)", "e"], "5 6"),
    (["([k1:f]cc:e):([k1:7 8]aa:1 2;bb:3 4;cc:5 6)", "f"], "7 8"),
    (["([k1:f]cc:e):([k1:7 8]aa:1 2;bb:3 4;cc:5 6)", "e"], "5 6"),
    # operator patterns: flip and !
    (["(flip([a;b])):([]a:1 2;b:3 4)", "a"], "1 2"),
    (["(flip([a;b])):([]a:1 2;b:3 4)", "b"], "3 4"),
    (["(a!b):1 2!\"ab\"", "a"], "1 2"),
    (["(a!b):1 2!\"ab\"", "b"], '"ab"'),
    (["(a!):1 2!3 4", "a"], "1 2"),
    # type checks on a pattern
    (["((a;b):`F):3 4f", "a"], "3f"),
    (["((a;b):`F):3 4f", "b"], "4f"),
    (["((a;b):`F):3 4e"], "'type"),
    # filter functions
    (["(a:3+):4", "a"], "7"),
    (["x:(a:3+):4", "x"], "7"),
    # lambda parameters: a list pattern, an elided parameter, a filter function
    (["f:{[(a;b);c]a+b+c}", "f[1 2;3]"], "6"),
    (["f:{[x;]x}", "f[3;4]"], "3"),
    ([TEMP, "c2f:{[x:tempCheck]32+1.8*x}", "c2f -4.5"], "'too cold"),
    ([TEMP, "c2f:{[x:tempCheck]32+1.8*x}", "c2f 42.8"], "'too hot"),
    ([TEMP, "c2f:{[x:tempCheck]32+1.8*x}", "c2f 20"], "68f"),
    # the pattern conditional: the first matching pattern's result, else the default
    (['a: :[1f;r:`f;"float";r:`i;"int";"other"]', "a"], '"float"'),
    (['a: :[1f;r:`f;"float";r:`i;"int";"other"]', "r"], "1f"),
    (['a: :[1i;r:`f;"float";r:`i;"int";"other"]', "r"], "1i"),
    (['a: :[1i;r:`f;"float";r:`i;"int";"other"]', "a"], '"int"'),
    (['a: :[1;r:`f;"float";r:`i;"int";"other"]', "a"], '"other"'),
    # a name with an index, by brackets or by juxtaposition (ref/fill)
    (["a:1 2 3", "(a[1]):4", "a"], "1 4 3"),
    (["fills {(x where x=0W):0N;x} 0N 2 3 0W 0N 7 0W"], "0N 2 3 3 3 7 7"),
    # forms the reference does not document stay 'nyi
    (["(a;b;):`x`y`z!1 2 3"], "'nyi"),
    (["([four:d]):([]four:1 2)"], "'nyi"),
    (["(a!b:2*):1 2!3 4"], "'nyi"),
    (["([one:;four:5])"], "'nyi"),
]


@pytest.mark.parametrize("lines,expected", CASES, ids=[" | ".join(c[0]) for c in CASES])
def test_pattern_form(lines, expected):
    assert console(*lines) == expected


def test_pattern_names_are_locals_of_a_lambda():
    assert console("f:{(a;b;):x;a+b}", "f 1 2 3") == "3"
    assert console("f:{(a;b;):x;a+b}", "f 1 2 3", "a") == "'a"


def test_pattern_conditional_runs_only_the_chosen_result():
    assert console("n:0", ':[1;r:`f;n+:1;r:`j;n+:10;n+:100]', "n") == "10"
