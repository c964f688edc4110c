"""Regression tests for conformance cases that were 'nyi and now give kdb+'s documented value
($ casts and tok, -n! internal functions, joins of enumerations, sv); forms the documents do not
settle stay 'nyi."""

import pytest

from qconsole import console

CASES = [
    # ref/sv: 0b sv bits gives a byte, short, int or long
    (["0b sv 64#1b"], "-1"),
    (["0b sv 32#1b"], "-1i"),
    (["0b sv 16#1b"], "-1h"),
    (["0b sv 8#1b"], "0xff"),
    (["0b sv 00000101b"], "0x05"),
    (["0b sv 0b vs 12345"], "12345"),
    (["0b sv 7#1b"], "'nyi"),
    # ref/tok: one type character per item
    (['"BXH"$("42";"42";"42")'], '0b\n0x42\n42h'),
    (['("B";"XHI")$("42";("42";"42";"42"))'], '0b\n(0x42;42h;42i)'),
    (['"X"$"4"'], "'nyi"),
    # ref/join: enumerations joined with symbols or another domain
    (["sym:`a`b", "(`sym$`b),`b"], "`sym$`b\n`b"),
    (["sym:`a`b", "`b,(`sym$`b)"], "`b\n`sym$`b"),
    (["sym:`a`b", "sym2:`b`c", "(`sym$`b),`sym2$`b"], "`sym$`b\n`sym2$`b"),
    (["sym:`a`b", "sym2:`b`c", "(`sym$`a`b),`sym2$`b`c"], "`a`b`b`c"),
    (["sym:`a`b", "(`sym$`a),`c`d"], "`a`c`d"),
    (["sym:`a`b", "(`sym$`a`b),`c"], "`a`b`c"),
    (["sym2:`b`c", "`a,`sym2$`b`c"], "`a`b`c"),
    (["sym2:`b`c", "`a`b,`sym2$`c"], "`a`b`c"),
    (["sym:`a`b", "(`sym$`a`b),`sym$`b"], "`sym$`a`b`b"),
    # basics/internal: -27!(x;y) formats floats to x decimal places
    (["-27!(3i;0 1+123456789.4567)"], '"123456789.457"\n"123456790.457"'),
    (["-27!(2i;.045)"], '"0.04"'),
    (["-27!(2i;0n)"], "'nyi"),
    # ref/take: a shape of one or more than two dimensions
    (["enlist[2]#til 10"], "0 1"),
    (["(2 2 3#til 5)~((0 1 2;3 4 0);(1 2 3;4 0 1))"], "1b"),
    (['(enlist("";""))~1 2 0#"a"'], "1b"),
    (["1 0 2#1 2"], "'domain"),       # all`domain=@[;1 2;{`$x}]each(#)@'(1 0 2;...) is 1b
    # basics/glossary: a namespace indexed by names
    (["v:5", ".ns.v:6", "`.[`v]"], "5"),
    (["v:5", ".ns.v:6", "`.ns[`v]"], "6"),
    (["v:5", ".ns.v:6", "`. `v"], "5"),
    (["v:5", ".ns.v:6", "`.ns `v`v"], "6 6"),
    (["v:5", ".ns.v:6", "`.`.ns@\\:`v"], "5 6"),
    ([".ns.v:6", "`.ns `w"], "'nyi"),
    # basics/pattern: a constant pattern must match the value
    (["(1):1"], ""),
    (["(`a):`a"], ""),
    (["(1):2"], "'match"),
    (["(1 2):1 2"], ""),
    (["(1 2):1 3"], "'match"),
    (["{(1):x;x+1}[1]"], "2"),
    (["(:`f):3f"], ""),
    (["(:`f):3e"], "'type"),
    (["(:`F):3 4f"], ""),
    (["(:`F):3f"], "'type"),
]


@pytest.mark.parametrize("lines,expected", CASES, ids=[c[0][-1] for c in CASES])
def test_nyi_cast(lines, expected):
    assert console(*lines) == expected
