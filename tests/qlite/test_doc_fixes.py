"""Regression tests for conformance cases where qlite gave a wrong answer (kdb+'s documented value, or
'nyi where the documented behaviour is not implemented): a wrong answer is worse than 'nyi."""

import pytest

from qconsole import console

CASES = [
    # ref/asc, basics/variadic: keywords the console shows by their definition
    (["iasc"], "k){$[0h>@x;'`rank;<x]}"),
    (["idesc"], "k){$[0h>@x;'`rank;>x]}"),
    (["deltas"], "-':"),
    (["iasc 3 1 2"], "1 2 0"),
    (["iasc 3"], "'rank"),
    (["e:`c`a`b", "x:`e$`b`c`a", "iasc x"], "2 0 1"),
    # ref/tok: "I"$ reads an IPv4 address
    (['"I"$"192.168.1.34"'], "-1062731486i"),
    (['"I"$"104.130.139.23"'], "1753385751i"),
    (['"I"$"1.2.3.400"'], "0Ni"),
    # ref/match, ref/value: enumerations
    (["l1:`a`b`c", "l2:`a`b`c", "(`l1$`a)~`l2$`a"], "0b"),
    (["l1:`a`b`c", "(`l1$`a)~`l1$`a"], "1b"),
    (["e:`a`b`c", "x:`e$`a`a`c`b", "value x"], "`a`a`c`b"),
    # ref/apply: a sorted dictionary is a step function
    (["d:`cat`cow`dog`sheep!`chat`vache`chien`mouton", "ds:`s#d", "ds `sheep`snake`cat`ant"], "`mouton`mouton`chat`"),
    (["es:`s#(10*til 10)!til 10", "es 80 35 20 -10"], "8 3 2 0N"),
    (["d:(10*til 10)!til 10", "d 5 10 15"], "0N 1 0N"),
    (["d:`s#`a`b!1 2;", "`d upsert `c`d!3 4"], "'step"),
    # basics/debug: a name assigned global then local in one lambda
    (["{a::1;a:1}"], "'a"),
    (["{a:0;a::1;a}[]"], "1"),
    # basics/internal: an internal function applied with [] gets ::
    (["(-3!)[]"], '"::"'),
    (["(-26!)[]"], "'nyi"),
    # ref/count: mcount over a dictionary is value-wise; over a general list it is item-wise
    (["2 mcount `a`b!1 0N"], "a| 1\nb| 1"),
    (["2 mcount (10 21 3;4 5 6)"], "1 1 1\n2 2 2"),
    # learn/python examples: q reads <= as not-greater
    (["(<=;>=)"], "~>\n~<"),
    # basics/pattern: :[...] is the 4.1 match conditional (tests/qlite/test_pattern_forms.py)
    (['a: :[1i;r:`f;"float";r:`i;"int";"other"]'], ""),
    (['a: :[1i;r:`f;"float";r:`i;"int";"other"]', "r"], "1i"),
    # ref/join: x,:y on a list of vectors of y's type appends y as one item
    (["s:enlist 1 2 3", "s,:4 5 6", "s"], "1 2 3\n4 5 6"),
    (["s:enlist 1 2 3", "s,4 5 6"], "1 2 3\n4\n5\n6"),
    (["s:(::;3;4)", "s,:5f", "s"], "::\n3\n4\n5f"),
    # ref/dotq: type letters, 20 (enumerations) included
    ([".Q.t"], '" bg xhijefcspmdznuvts"'),
    # basics/precision: float sums run left to right, so they round as kdb+'s do
    (["a:2000.01.02 + sum 1000#1%86400", "b:2000.01.02T00:16:40.000", "(a=b;0=a-b)"], "10b"),
    (["sum 1.5 0n 2"], "3.5"),
    # learn/views: a view that needs its own value is 'loop
    (["b:0", "v::$[b;1;v+1]", "v"], "'loop"),
    (["a:2", "w::a+1", "a:5", "w"], "6"),
    # ref/med, ref/max: over dictionaries value-wise; a general list's rows as wholes
    (["med `a`b!(10 -21 3;4 5 -6)"], "7 -8 -1.5"),
    (["2 mmax`a`b!(10 21 3;4 5 6)"], "a| 10 21 3\nb| 10 21 6"),
    # ref/bin: a dictionary's values are searched, its keys returned
    (["(`a`b`c!0 2 4) bin -1 3"], "``b"),
    (['("apple";"banana";"coffee") bin ("anise";"berry";"curry")'], "-1 1 2"),
    # ref/null, ref/key: enumerations
    (["a:``a", "null`a$`"], "0b"),
    (["f:([f:1 2 3]v:`a`b`c)", "x:`f$3 2", "key x"], "`f"),
    # ref/vs: ` vs splits lines; bytes split as text
    ([r'` vs "x"$"abc\ndef\nghi"'], '"abc"\n"def"\n"ghi"'),
    ([r'` vs "ab\r\ncd"'], '"ab"\n"cd"'),
    (['" "vs"x"$"a b"'], ',"a"\n,"b"'),
    # basics/regex: a list of functions folds as a binary state machine
    (['m:({0};{2*x="x"};{2+x="f"};{2+/1 2*x="fz"};{4+x="0"};{5+x="0"};{7-x="0"};{7-x="0"})',
      'f:{6=1 m/x}', 'f each ("xyzfz000";"xyzfz0";"xfz")'], "100b"),
]


@pytest.mark.parametrize("lines,expected", CASES, ids=[c[0][-1] for c in CASES])
def test_doc_fix(lines, expected):
    assert console(*lines) == expected
