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
]


@pytest.mark.parametrize("lines,expected", CASES, ids=[c[0][-1] for c in CASES])
def test_doc_fix(lines, expected):
    assert console(*lines) == expected
