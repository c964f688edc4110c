"""Namespaces as dictionaries, key ` and key `., tables, views and the documented part of .q: expected
values are the KX pages' own examples (what real q printed), or 'nyi where qlite cannot show kdb+'s answer."""

import pytest

from qconsole import console

_SP = ("s:([s:`s1`s2`s3`s4`s5] name:`smith`jones`blake`clark`adams; status:20 10 30 20 30; "
       "city:`london`paris`paris`london`athens)",
       "p:([p:`p1`p2`p3`p4`p5`p6] name:`nut`bolt`screw`screw`cam`cog; color:`red`green`blue`red`blue`red; "
       "weight:12 17 17 14 12 19; city:`london`paris`rome`london`paris`london)",
       "sp:([] s:`s$`s1`s1`s1`s1`s4`s1`s2`s2`s3`s4`s4`s1; p:`p$`p1`p2`p3`p4`p5`p6`p1`p2`p2`p2`p4`p5; "
       "qty:300 200 400 200 100 100 300 400 200 200 300 400)")

CASES = [
    # basics/namespaces: key ` lists the namespaces, a new one after kdb+'s own
    (["key `"], "`q`Q`h`j`o"),
    ([".fee.fi.fo:42", "key `"], "`q`Q`h`j`o`fee"),
    ([".fee.fi.fo:42", "key `.fee"], "``fi"),
    ([".fee.fi.fo:42", "key `.fee.fi"], "``fo"),
    # ref/key: a name is looked up in the current namespace; `.foo.a and `..a are fully qualified
    (["a:1", "key`..a"], "`..a"),
    (["a:1", "\\d .foo", "()~key`a"], "1b"),
    (["a:1", "\\d .foo", "a:1 2!3 4", "key`a"], "1 2"),
    (["a:1", "\\d .foo", "a:1 2!3 4", "key`.foo.a"], "1 2"),
    (["a:1", "\\d .foo", "a:1 2!3 4", "key`..a"], "`..a"),
    (["a:1", "\\d .foo", "a:1 2!3 4", "\\d .", "key`.foo.a"], "1 2"),
    # ref/tables
    (list(_SP) + ["tables `."], "`p`s`sp"),
    (list(_SP) + ["tables[]"], "`p`s`sp"),
    (list(_SP) + [".work.tab:sp", "tables `.work"], ",`tab"),
    # learn/views: a view is computed when read, again after a dependency changes
    (["x:2", "y:3", "v::x+y           /view", "x:10000", "v"], "10003"),
    (["x:2", "y:3", "v::x+y", "v", "{v::x+y}[10;20]", "x:-1000000", "v"], "30"),
    (["a::b+c", "d::b+a", "views`"], "`s#`a`d"),
    (["a::b+c", "view`a"], '"b+c"'),
    (["d::b+a", "`. `d"], "b+a"),
    (["d::b+a", "value`. `d"], '::\n(+;`b;`a)\n`b`a\n"b+a"'),
    (["d::b+a", "b:1;a:2", "d", "value`. `d"], '3\n(+;`b;`a)\n`b`a\n"b+a"'),
    (["b:1", "v::$[b;1;v+1]", "b:0", "v"], "'loop"),
    (["a::b+c", "b:c:1", "a"], "2"),
    # basics/syscmds: \a tables, \b views, \B pending views
    (["aa:bb:23", "tt:([]dd:12 34)", ".nn.vv:([]uu:12 45)", "\\a"], ",`tt"),
    (["tt:([]dd:12 34)", ".nn.vv:([]uu:12 45)", "\\a .n"], "'.n"),
    (["tt:([]dd:12 34)", ".nn.vv:([]uu:12 45)", "\\a .nn"], ",`vv"),
    (["tt:([]dd:12 34)", ".nn.vv:([]uu:12 45)", "\\d .nn", "\\a"], ",`vv"),
    (["a::x+y", "b::x+1", "\\b"], "`s#`a`b"),
    (["a::x+1", "\\B"], ",`a"),
    (["a::x+1", "x:10", "\\B"], ",`a"),
    (["a::x+1", "x:10", "a", "\\B"], "`symbol$()"),
    # ref/view
    (["v::2+a*3                        / define dependency v", "a:5", "v"], "17"),
    (["v::2+a*3", "view `v"], '"2+a*3"'),
    (["w::b*10", "v::2+a*3", "views[]"], "`s#`v`w"),
    # ref/value: a view taken from the root, before and after it is computed
    (["a:1", "b::a+1", "get`. `b"], '::\n(+;`a;1)\n,`a\n"a+1"'),
    (["a:1", "b::a+1", "b", "get`. `b"], '2\n(+;`a;1)\n,`a\n"a+1"'),
    (["value differ"], '$["b"]\n~~\':'),
    # basics/funsql, basics/parsetrees: .q entries that are k primitives
    ([".q`ltime"], "%:"),
    ([".q`reciprocal"], "%:"),
    ([".q?(<:;>:)"], "`hopen`hclose"),
    ([".q?(+:)"], "`flip"),
    ([".q`xbar"], 'k){x*y div x:$[16h=abs[@x];"j"$x;x]}'),
    (["ltime"], "%:"),
    (["(hopen;hclose;hdel)"], "<:\n>:\n~:"),
    # what qlite does not hold of .q stays 'nyi rather than a partial answer
    (["key `.q"], "'nyi"),
    (["count .q"], "'nyi"),
    ([".q`mod"], "'nyi"),
]


@pytest.mark.parametrize("lines,expected", CASES, ids=[c[0][-1] for c in CASES])
def test_reference_example(lines, expected):
    assert console(*lines) == expected


def test_view_is_not_recomputed_until_a_dependency_changes():
    # learn/views: the value is kept (value`. `v shows it) until a dependency is assigned
    assert console("n:0", "f:{n::n+1}", "v::f[]+a", "a:1", "v", "v", "n") == "1"
    assert console("n:0", "f:{n::n+1}", "v::f[]+a", "a:1", "v", "a:2", "v", "n") == "2"


def test_view_in_a_namespace():
    assert console("x:1", ".foo.v::x+1", "x:5", ".foo.v") == "6"
    assert console(".foo.v::x+1", "view`.foo.v") == '"x+1"'


def test_view_on_an_amended_vector_sees_the_amend():
    assert console("a:1 2 3", "v::sum a", "v", "a[0]:10", "v") == "15"
