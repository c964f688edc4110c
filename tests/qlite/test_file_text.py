"""0: 1: 2: (ref/file-text, ref/file-binary, ref/dynamic-load) are verbs qlite does not implement: 'nyi,
never a number followed by an assignment (which gave 'type)."""

import pytest

from qconsole import console

CASES = [
    (['csv 0: ([]a:1 2 3;b:`x`y`z)'], "'nyi"),                      # Prepare Text
    (['("JS";",")0:("1,a";"2,b")'], "'nyi"),                       # Load CSV from strings
    (['"S=;"0:"one=1;two=2;three=3"'], "'nyi"),                    # key-value pairs
    (['x0:5', 'x0'], "5"),                                         # a name ending in 0 still assigns
    (['d:1 2 3', 'd[0]:9', 'd'], "9 2 3"),
    (['10:30'], "10:30"),
]


@pytest.mark.parametrize("lines,expected", CASES, ids=[c[0][-1] for c in CASES])
def test_file_text_forms(lines, expected):
    assert console(*lines) == expected
