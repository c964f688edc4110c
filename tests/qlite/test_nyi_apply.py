"""Regression tests for conformance cases that were 'nyi under `.` (the .h/.q/.Q names), `key` and `value`:
the values are those the kdb+ reference (ref/doth, ref/dotq, ref/key, ref/value) prints."""

import pytest

from qconsole import console

CASES = [
    # ref/doth: markup helpers
    ([".h.htc[`tag;\"value\"]"], '"<tag>value</tag>"'),
    ([".h.htc[`p;\"The quick brown fox\"]"], '"<p>The quick brown fox</p>"'),
    ([".h.nbr \"foo bar\""], '"<nobr>foo bar</nobr>"'),
    ([".h.pre(\"foo\";\"bar\")"], '"<pre>foo\\nbar\\n</pre>"'),
    ([".h.xmp(\"foo\";\"bar\")"], '"<xmp>foo\\nbar\\n</xmp>"'),
    ([".h.text(\"foo\";\"bar\")"], '"<p>foo</p>\\n<p>bar</p>\\n"'),
    ([".h.hr \"foo\""], '"---"'),
    ([".h.hc \"<foo>\""], '"&lt;foo>"'),
    ([".h.ha[`http://www.example.com;\"Example.com Main Page\"]"],
     '"<a href=http://www.example.com>Example.com Main Page</a>"'),
    ([".h.ha[\"http://www.example.com\";\"Example.com Main Page\"]"],
     '"<a href=\\"http://www.example.com\\">Example.com Main Page</a>"'),
    ([".h.hb[\"http://www.example.com\";\"Example.com Main Page\"]"],
     '"<a target=v href=\\"http://www.example.com\\">Example.com Main Page</a>"'),
    # ref/doth: URI coding and the constant strings
    ([".h.hu \"http://www.kx.com\""], '"http%3a%2f%2fwww.kx.com"'),
    ([".h.uh \"http%3a%2f%2fwww.kx.com\""], '"http://www.kx.com"'),
    ([".h.sb"], '"body{font:10pt verdana;text-align:justify}"'),
    ([".h.sc"], '"$-.+!*\'(),abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789"'),
    ([".h.hta[`a;(`href`target)!(\"http://www.example.com\";\"_blank\")]"],
     '"<a href=\\"http://www.example.com\\" target=\\"_blank\\">"'),
    ([".h.htac[`a;(`href`target)!(\"http://x.com\";\"_blank\");\"XY\"]"],
     '"<a href=\\"http://x.com\\" target=\\"_blank\\">XY</a>"'),
    ([".h.xs \"Arthur & Co.\""], '"Arthur &amp; Co."'),
    ([".h.iso8601 100"], '"2000-01-01T00:00:00.000000100"'),
    ([".h.d"], '" "'),
    ([".h.xd ([]a:1 2 3;b:`x`y`z)"],
     '"<R>"\n"<r><a>1</a><b>x</b></r>"\n"<r><a>2</a><b>y</b></r>"\n"<r><a>3</a><b>z</b></r>"\n"</R>"'),
    ([".h.code \"foo\\tbar\""], '"foo <code><nobr>bar</nobr></code>"'),
    ([".h.code \"foo\\tbar\\tabc\\tdef\""], '"foo <code><nobr>bar</nobr></code> abc <code><nobr>def</nobr></code>"'),
    ([".h.code \"foo\""], '"foo"'),
    ([".h.cd ([]a:1 2 3;b:`x`y`z)"], '"a,b"\n"1,x"\n"2,y"\n"3,z"'),
    ([".h.td ([]a:1 2 3;b:`x`y`z)"], '"a\\tb"\n"1\\tx"\n"2\\ty"\n"3\\tz"'),
    (["t:([a:til 3]b:3 3#\"abc\";c:3 3#1 2 3)", ".h.cd t"],
     '"a,b,c"\n"0,abc,1 2 3"\n"1,abc,1 2 3"\n"2,abc,1 2 3"'),
    (["t:([a:til 3]b:3 3#\"abc\";c:3 3#1 2 3)", ".h.d:\"*\"", ".h.cd t"],
     '"a,b,c"\n"0,abc,1*2*3"\n"1,abc,1*2*3"\n"2,abc,1*2*3"'),
    # ref/dotq
    ([".Q.b6"], '"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"'),
    ([".Q.x12 12345"], '"0000000009IX"'),
    ([".Q.j12 .Q.x12 12345"], "12345"),
    # ref/key: whether a name exists
    (["()~key`a"], "1b"),
    (["a:1", "key`a"], "`a"),
    # basics/namespaces: the names in a namespace, after the empty name
    ([".fee.fi.fo:42", "key `.fee"], "``fi"),
    ([".fee.fi.fo:42", "key `.fee.fi"], "``fo"),
    # ref/dotj: .j.jd with options
    ([".j.jd(-0w 0 1 2 3 0w;()!())"], '"[-inf,0,1,2,3,inf]"'),
    ([".j.jd(-0w 0 1 2 3 0w;([null0w:1b]))"], '"[null,0,1,2,3,null]"'),
    # ref/value: a list whose first item names a keyword in .q
    (["value(`.q.neg;2)"], "-2"),
    # ref/value: the internal codes of primitives
    (["value each (::;+;-;*;%)"], "0 1 2 3 4"),
    (["value each (get;value)"], "19 19"),
]


@pytest.mark.parametrize("lines,expected", CASES, ids=[c[0][-1] for c in CASES])
def test_nyi_apply(lines, expected):
    assert console(*lines) == expected
