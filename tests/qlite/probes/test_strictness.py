"""Strictness probes: where kdb+ signals an error, qlite must signal the same error, never return a value.

Every probe is an error the KX reference shows or documents, with the page cited beside it
(code.kx.com path; `errors` = basics/errors.md, whose examples are kdb+'s own). 'nyi is allowed
(qlite may decline what it has not implemented), any other error name or a value is a failure.
"""

import pytest
from probecheck import assert_console_prints_error, assert_error_signalled, sandboxed

qlite = pytest.importorskip("qlite")
if not hasattr(qlite, "Interpreter"):
    pytest.skip("qlite.Interpreter is not there yet", allow_module_level=True)

# (setup; expression, the error kdb+ signals, page that documents it)
PROBES = [
    # + - * % and the comparisons: numeric arguments that conform
    ("()+til 1", "length", "basics/errors (length)"),
    ("1 2+1 2 3", "length", "basics/conformable"),
    ("1 2 3 + 4 5", "length", "basics/atomic"),
    ("(1 2 3;(4;5 6 7 8)) + (10;(11 12;13 14 15))", "length", "basics/conformable"),
    ("2+\"a\"", "type", "learn/tour/session"),
    ("2 + \"hello\"", "type", "learn/startingkdb/language"),
    ("1 2 3 + (4;\"a\";5)", "type", "basics/atomic"),
    ("1+`a", "type", "ref/add: x and y numeric or temporal"),
    ("+[2;3;4]", "rank", "basics/errors (rank)"),
    ("1 2-1 2 3", "length", "ref/subtract, basics/conformable"),
    ("1-`a", "type", "ref/subtract: numeric or temporal"),
    ("10 100 1000 * (1 2 3;4 5 6)", "length", "basics/implicit-iteration"),
    ("2*`a", "type", "ref/multiply: numeric"),
    ("1 2%1 2 3", "length", "ref/divide, basics/conformable"),
    ("1%`a", "type", "ref/divide: numeric"),
    ("1 2|1 2 3", "length", "ref/greater, basics/conformable"),
    ("1 2&1 2 3", "length", "ref/lesser, basics/conformable"),
    ("1 2=1 2 3", "length", "ref/equal, basics/conformable"),
    ("1 2<1 2 3", "length", "ref/less-than, basics/conformable"),
    ("1 2>1 2 3", "length", "ref/greater-than, basics/conformable"),
    ("1 2<=1 2 3", "length", "ref/less-than, basics/conformable"),
    ("1 2>=1 2 3", "length", "ref/greater-than, basics/conformable"),
    ("1 2<>1 2 3", "length", "ref/not-equal, basics/conformable"),
    # unary maths keywords: numeric domain
    ("abs `a", "type", "ref/abs: x numeric"),
    ("neg `a", "type", "ref/neg: x numeric"),
    ("sqrt `a", "type", "ref/sqrt: x numeric"),
    ("exp `a", "type", "ref/exp: x numeric"),
    ("log `a", "type", "ref/log: x numeric"),
    ("floor `a", "type", "ref/floor: x numeric"),
    ("ceiling `a", "type", "ref/ceiling: x numeric"),
    ("reciprocal `a", "type", "ref/reciprocal: x numeric"),
    ("signum `a", "type", "ref/signum: x numeric"),
    # aggregates and uniforms on non-numeric lists
    ("sum \"abc\"", "type", "ref/sum"),
    ("sums \"abc\"", "type", "ref/sum"),
    ("prd \"abc\"", "type", "ref/prd"),
    ("prds \"abc\"", "type", "ref/prd"),
    ("avg \"abc\"", "type", "ref/avg: x numeric"),
    # ! # _ , ^ $ ? @ .
    ("`a`b!1 2 3", "length", "ref/dict: keys and values of the same count"),
    ("2 3 0N#1 2", "domain", "ref/take (nulls in a shape of more than 2 dimensions)"),
    ("-1 2 3#1 2", "domain", "ref/take (negative in a shape of more than 2 dimensions)"),
    ("(`a`b`c!1 2 3) _ `a`b", "type", "ref/drop"),
    ("t:([]a:1 2 3;b:4 5 6;c:`d`e`f); t _ `a`b", "type", "ref/drop"),
    ("t:([]a:1 2 3;b:4 5 6;c:`d`e`f); `a _ t", "type", "ref/drop"),
    ("t:([]a:1 2 3;b:4 5 6;c:`d`e`f); t _ `a", "type", "ref/drop"),
    ("s:1 2 3; s,:5f", "type", "ref/join (append in place keeps the type)"),
    ("s:([a:1;b:2]); s,:([d:5f])", "type", "ref/join"),
    ("t:([]a:1 2i;b:3 4f); t,:([]a:5 6f;b:7 8i)", "type", "ref/join"),
    ("x:(1;2;3); x,:`a", "type", "ref/identity"),
    ("d:`a`b!(1 2;3 5); 10,d", "type", "ref/raze"),
    ("([]a:til 4),([]b:til 3)", "mismatch", "basics/errors (mismatch)"),
    ("1 2^0N 1 0N", "length", "ref/fill: x and y conform"),
    ("y:`a`b`c`b`a`b`c`c`c`c`c`c`c; x:`a`b; `x$y", "cast", "ref/enumerate"),
    ("s:`a`b; c:`s$`a`e", "cast", "basics/errors (cast)"),
    ("?[101b;1 2 3;4 5]", "length", "ref/vector-conditional: x, y and z conform"),
    ("@[1 2; ::; 3 4*]", "type", "ref/amend"),
    ("q:3[::]", "type", "ref/identity: not an applicable value"),
    ("1000/[+]til 5", "type", "basics/application: derived function not applied infix"),
    ("{x}[;1]", "rank", "basics/application"),
    ("{x+y}[1;2;3]", "rank", "basics/application (rank)"),
    (".[+;1 2 3]", "rank", "ref/apply, basics/errors (rank)"),
    ("value(+;7;(+;2;1))", "type", "basics/parsetrees"),
    # iterators
    ("1 2,'1 2 3", "length", "ref/maps (Each: arguments conform)"),
    ("{x+y}'[1 2;1 2 3]", "length", "ref/maps (Each)"),
    ("0 2 0'[`a`b`c!\"abc\";\"xyz\";\"123\";`a`b!\"78\"]", "length", "ref/maps (Case)"),
    ("0 2 0'[`a`b`c!\"abc\";\"xyz\";\"123\";`b`a`c!\"789\"]", "domain", "ref/maps (Case)"),
    # list keywords
    ("til 5f", "type", "ref/til"),
    ("til 2.2", "type", "basics/errors (type)"),
    ("til -1", "domain", "basics/errors (domain)"),
    ("iasc 7", "rank", "basics/funsql"),
    ("flip (1 2;1 2 3)", "length", "ref/flip: lists of the same count"),
    ("d:`a`b!(1 2;3 5); raze (10;d)", "type", "ref/raze"),
    ("1 2. in 0#2", "type", "ref/in"),
    ("1 2. in 2#2", "type", "ref/in"),
    # strings
    ("ssr[\"a\";\"a\";\"-\"]", "type", "basics/glossary: left domain does not include atoms"),
    ("\"A grown man in a gown\" ss \"\"", "length", "basics/regex"),
    ("(`quick;`quack`quark) like \"qu?ck\"", "type", "basics/implicit-iteration"),
    # assignment, attributes, names, signals
    ("s:1 2 3; s[2]:5f", "type", "ref/assign"),
    ("s:(1;2f;3); s[1]:4; s[1]:5f", "type", "ref/assign"),
    ("`s#3 2 1", "s-fail", "ref/set-attribute"),
    ("`u#2 2", "u-fail", "basics/errors (u-fail)"),
    ("cos:12", "assign", "basics/errors (assign)"),
    ("undefinedname", "undefinedname", "ref/value, basics/errors (XXX: value error)"),
    ("'word", "word", "ref/signal"),
    ("goo:{if[0>type x;'`type]; x cross x}; goo 3", "type", "basics/control"),
    ("'42", "stype", "basics/errors (stype)"),
    ("f:{[a;b;c;d;e;f;g;h;e]}", "params", "basics/errors (params)"),
    ("{.z.s[]}[]", "stack", "basics/errors (stack)"),
    ("(b;c):2 3 4", "length", "basics/pattern"),
    ("(1):2", "match", "basics/pattern"),
    ("(b;c;3):2 3 4", "match", "basics/pattern"),
    # tables and qSQL
    ("x:([]a:1 2 3;b:10 20 30); y:([]a:1 3;b:100 300); x lj y", "type", "ref/lj: y must be keyed"),
    ("t:([]name:`tom`dick`harry`jack`jill;eye:`blue`green`blue`blue`gray); select name, distinct eye from t",
     "length", "ref/exec"),
    ("{select from ([]a:0 1;b:2 3) where a=x,b=y}[0;2]", "rank", "basics/qsql"),
    ("t:([k:0 1]a:2 3); `t insert(0;3)", "insert", "basics/errors (insert), ref/insert"),
    ("d:`s#`a`b!1 2; `d upsert `c`d!3 4", "step", "basics/errors (step)"),
    ("`a`b xasc flip`a`b`a!()", "dup", "basics/errors (dup)"),
]

# kdb+ itself answers 'nyi here; qlite must too, not invent a result
KDB_NYI = [
    ("\"a\" like \"**\"", "basics/errors (nyi)"),
]


# Probes qlite does not meet yet (non-strict xfail, so CI stays green while the list shrinks).
KNOWN_GAPS = {
    "`a`b xasc flip`a`b`a!()",
}


def _probe(src, error, page):
    marks = [pytest.mark.xfail(reason="known qlite gap", strict=False)] if src in KNOWN_GAPS else []
    return pytest.param(src, error, page, marks=marks, id=src[:40])


@pytest.mark.parametrize("src,error,page", [_probe(*p) for p in PROBES])
def test_kdb_error_is_signalled(src, error, page):
    assert_error_signalled(src, error, page)


@pytest.mark.parametrize("src,error,page", [_probe(*p) for p in PROBES])
def test_console_prints_the_error(src, error, page):
    assert_console_prints_error(src, error, page)


@pytest.mark.parametrize("src,page", KDB_NYI, ids=[p[0] for p in KDB_NYI])
def test_kdb_nyi_stays_nyi(src, page):
    with pytest.raises(qlite.QError) as info:
        sandboxed().eval(src)
    assert info.value.name == "nyi", f"{src!r}: kdb+ signals 'nyi ({page})"


def test_every_glyph_verb_is_probed():
    """Each dyadic glyph verb of q has at least one error probe here."""
    glyphs = ["+", "-", "*", "%", "!", "#", "_", ",", "^", "$", "?", "@", ".", "|", "&",
              "=", "<", ">", "<=", ">=", "<>"]
    missing = [g for g in glyphs if not any(g in src for src, _, _ in PROBES)]
    assert not missing
