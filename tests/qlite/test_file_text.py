"""0: 1: 2: (ref/file-text, ref/file-binary, ref/dynamic-load) are verbs: Prepare Text (delimiter 0: table or
columns) as the page prints it, the rest 'nyi; never a number followed by an assignment (which gave 'type)."""

import pytest

from qconsole import console

CASES = [
    # Prepare Text with a delimiter character
    (['","0: ([]a:1 2 3;b:`x`y`z)'], '"a,b"\n"1,x"\n"2,y"\n"3,z"'),
    (['"|" 0: (`a`b`c;1 2 3;"xyz")'], '"a|1|x"\n"b|2|y"\n"c|3|z"'),
    (['t:([]x:("foo";"bar,baz";"qu\\"ux";"fred\\",barney"))', '","0:t'],
     ',"x"\n"foo"\n"\\"bar,baz\\""\n"qu\\"ux"\n"\\"fred\\"\\",barney\\""'),   # -1 prints x foo "bar,baz" ...
    (['","0:([]("foo\\nbar";"baz"))'], ',"x"\n"\\"foo\\nbar\\""\n"baz"'),
    (['","0: ([]a:1.5 2)'], "'nyi"),                                  # floats: not shown
    (['csv 0: ([]a:1 2 3;b:`x`y`z)'], '"a,b"\n"1,x"\n"2,y"\n"3,z"'),   # the page's own example
    (['("JS";",")0:("1,a";"2,b")'], "'nyi"),                       # Load CSV from strings
    (['"S=;"0:"one=1;two=2;three=3"'], "'nyi"),                    # key-value pairs
    (['x0:5', 'x0'], "5"),                                         # a name ending in 0 still assigns
    (['d:1 2 3', 'd[0]:9', 'd'], "9 2 3"),
    (['10:30'], "10:30"),
]


@pytest.mark.parametrize("lines,expected", CASES, ids=[c[0][-1] for c in CASES])
def test_file_text_forms(lines, expected):
    assert console(*lines) == expected
