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
    # ref/bin: a keyed table gives the keys of the rows found
    (["kt:([k:`c`d`e`f`g`h`j`l]a:`p`p`q`q`p`p`q`q;b:0 1 0 1 0 1 0 1;c:3 3 3 3 7 7 7 7)",
      "(kt bin ([]a:`p`q`q`r;b:1;c:4 8 2 4))`k"], "`d`l``"),
    # ref/deal: n?`k rolls symbols of k letters from a to p
    (["count distinct raze string 1000?`3"], "16"),
    (["distinct count each string 10?`3"], ",3"),
    # ref/dotq
    (["0W~.Q.M"], "1b"),
    (['t:([]a:3 4 5;b:"abc";c:(3;"xy";`ab);d:3 2#3 4 5;e:("abc";"de";"fg"))', ".Q.ty each t`a`b`c`d`e"], '"jc JC"'),
    (["s:([s:`s1`s2`s3`s4`s5] name:`smith`jones`blake`clark`adams; status:20 10 30 20 30)",
      ".Q.ft[{x 2 3};s]"], "s | name  status\n--| ------------\ns3| blake 30\ns4| clark 20"),
    (['cols .Q.id(`$("count+";"count*";"count1"))xcol([]1 2;3 4;5 6)'], "`count1`count11`count12"),
    (['cols .Q.id(`$("aa";"=";"+"))xcol([]1 2;3 4;5 6)'], "`aa`a`a1"),
    (['cols .Q.id(`$("3aa";"_aa";"_aa"))xcol([]1 2;3 4;5 6)'], "`a3aa`a_aa`a_aa1"),
    # basics/function-notation: a local not yet assigned is ()
    (["t:([]0 1)", "{if[x;t:([]`a`b)];select from t} 0b"], "'type"),
    (["{if[x;t:([]`a`b)];t} 0b"], "()"),
    # ref/in: rows of a table in a table (kb learn/python examples)
    (["lst: ((`Gfg`is!1 2); (`Gfg`is!2 2); (`Gfg`is!1 2))", "lst where lst in lst where (lst?lst)<>til count lst"],
     "Gfg is\n------\n1   2\n1   2"),
    # ref/inter: dictionaries intersect their values
    (["x:(`a`b)!(1 2 3;`x`y`z)", "y:(`a`b`c)!(1 2 3;2 3 5;`x`y`z)", "x inter y"], "1 2 3\nx y z"),
    # basics/datatypes: a date before 0001.01.01 shows as 0000.00.00
    (["0001.01.01-1"], "0000.00.00"),
    (['"z"$0001.01.01-1'], "0000.00.00T00:00:00.000"),
    # ref/doth
    (['.h.cd (`a`b`c;1 2 3;"xyz")'], '"a,1,x"\n"b,2,y"\n"c,3,z"'),
    ([r'.h.hn["404";`txt;"Not found: favicon.ico"]~"HTTP/1.1 404\r\nContent-Type: text/plain\r\nConnection: close\r\n'
      r'Content-Length: 22\r\n\r\nNot found: favicon.ico"'], "1b"),
    (['.h.http "The main page is http://www.example.com"'],
     '"The main page is <a href=\\"http://www.example.com\\">http://www.example.com</..'),
    ([r'.h.html["<p>Hello world!</p>"]~"<html><head><style>a{text-decoration:none}a:link{color:024C7E}'
      r'a:visited{color:024C7E}a:active{color:958600}body{font:10pt verdana;text-align:justify}</style></head>'
      r'<body><p>Hello world!</p></body></html>"'], "1b"),
    (['.h.sa'], '"a{text-decoration:none}a:link{color:024C7E}a:visited{color:024C7E}a:active{c..'),
    (['.h.he "<rubbish>"'], '"HTTP/1.1 400 Bad Request\\r\\nContent-Type: text/plain\\r\\nConnection: close\\r\\..'),
    (['first .h.xt[`json;("{\\"foo\\":\\"bar\\"}";"{\\"this\\":\\"that\\"}")]'], 'foo| "bar"'),
]


@pytest.mark.parametrize("lines,expected", CASES, ids=[c[0][-1] for c in CASES])
def test_reference_example(lines, expected):
    assert console(*lines) == expected
