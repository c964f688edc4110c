"""Tables, moving functions, trims and .h/.Q leftovers: expected values are the KX reference pages' own
examples (what real q printed)."""

import pytest

from qconsole import console

_KT = "k:`k xkey update k:`abc`def`ghi from t:flip d:`a`b!(10 -21 3;4 5 -6)"
_D = "d:`a`b!(10 21 3;4 5 6)"

CASES = [
    # ref/raze: an atom does not join a dictionary
    (["d:`a`b!(1 2;3 5)", "10,d"], "'type"),
    (["d:`a`b!(1 2;3 5)", "raze (10;d)"], "'type"),
    # ref/med: rows of a table graded as a whole, then the middle ones averaged
    ([_KT, "med t"], "a| 3\nb| -6"),
    ([_KT, "med k"], "a| 3\nb| -6"),
    # ref/count, ref/dev, ref/avg: moving functions over a dictionary run across its values' items
    ([_D, "2 mcount d"], "a| 1 1 1\nb| 2 2 2"),
    ([_D, "2 mdev d"], "a| 0 0 0\nb| 3 8 1.5"),
    (["0 mavg 2 3"], "0n 0n"),
    # ref/trim: a table is trimmed cell by cell
    (['rtrim ([]a:("fox";("jumps ";"over   "));b:("a";"dog "))'],
     'a                b\n----------------------\n"fox"            "a"\n("jumps";"over") "dog"'),
    # ref/fkeys
    (["f:([x:1 2 3]y:10 20 30)", "t:([]a:`f$2 2 2;b:0;c:`f$1 1 1)", "fkeys t"], "a| f\nc| f"),
]


@pytest.mark.parametrize("lines,expected", CASES, ids=[c[0][-1] for c in CASES])
def test_reference_example(lines, expected):
    assert console(*lines) == expected
