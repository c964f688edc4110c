"""Tables and keyed tables as kdb+ has them: construction, display, indexing, the table keywords
(cols meta xkey xcol xcols xasc xgroup ungroup insert upsert) and the joins (ref/lj ij uj pj ej aj)."""

import pytest

from qconsole import console



T = "t:([] a:3 1 2 1; b:10 20 30 40; c:`x`y`x`z)"
KT = "kt:([k:`x`y] v:1 2)"

CASES = [
    # construction and display
    (["([] a:1 2; b:`x`y)"], "a b\n---\n1 x\n2 y"),
    (["([k:1 2] v:`a`b)"], "k| v\n-| -\n1| a\n2| b"),
    (["([]0 1)"], "x\n-\n0\n1"),
    (["([]1 2;3 4;5 6)"], "x x1 x2\n-------\n1 3  5\n2 4  6"),
    (["flip `a`b!(1 2;3 4)"], "a b\n---\n1 3\n2 4"),
    (["([] a:1 2; s:(\"ab\";enlist \"c\"))"], "a s\n------\n1 \"ab\"\n2 ,\"c\""),
    # indexing
    ([T, "t 1"], "a| 1\nb| 20\nc| `y"),
    ([T, "t`b"], "10 20 30 40"),
    ([KT, "kt`x"], "v| 1"),
    ([KT, "kt ([] k:`y`x)"], "v\n-\n2\n1"),
    # keys
    ([T, "`c xkey t"], "c| a b\n-| ----\nx| 3 10\ny| 1 20\nx| 2 30\nz| 1 40"),
    ([T, "2!t"], "a b | c\n----| -\n3 10| x\n1 20| y\n2 30| x\n1 40| z"),
    ([KT, "0!kt"], "k v\n---\nx 1\ny 2"),
    ([KT, "keys kt"], ",`k"),
    ([T, "cols t"], "`a`b`c"),
    ([T, "meta t"], "c| t f a\n-| -----\na| j\nb| j\nc| s"),
    # reshaping
    ([T, "`c`a xcols t"], "c a b\n------\nx 3 10\ny 1 20\nx 2 30\nz 1 40"),
    ([T, "`x`y xcol t"], "x y  c\n------\n3 10 x\n1 20 y\n2 30 x\n1 40 z"),
    ([T, "`a xasc t"], "a b  c\n------\n1 20 y\n1 40 z\n2 30 x\n3 10 x"),
    ([T, "meta `a xasc t"], "c| t f a\n-| -----\na| j   s\nb| j\nc| s"),
    ([T, "`a xdesc t"], "a b  c\n------\n3 10 x\n2 30 x\n1 20 y\n1 40 z"),
    ([T, "`c xgroup t"], "c| a   b\n-| ---------\nx| 3 2 10 30\ny| ,1  ,20\nz| ,1  ,40"),
    ([T, "ungroup `c xgroup t"], "c a b\n------\nx 3 10\nx 2 30\ny 1 20\nz 1 40"),
    (["meta asc([]a:3 4 1)"], "c| t f a\n-| -----\na| j   s"),
    # insert, upsert, join
    ([T, "`t insert (5;50;`w)"], ",4"),
    ([T, "`t insert (5;50;`w)", "count t"], "5"),
    ([KT, "`kt insert (`x;9)"], "'insert"),
    ([KT, "`kt upsert (`x;9)", "kt"], "k| v\n-| -\nx| 9\ny| 2"),
    (["t:([]a:1 2;b:3 4)", "t,:5 6", "t,:(7 8;9 10)", "t"], "a b\n----\n1 3\n2 4\n5 6\n7 8\n9 10"),
    # arithmetic and aggregates over tables
    (["([k:`a`b] v:1 2)+10"], "k| v\n-| --\na| 11\nb| 12"),
    (["sum ([]a:1 2;b:3 4)"], "a| 3\nb| 7"),
    (["avgs ([]a:10 21 3;b:4 5 6)"], "a        b\n------------\n10       4\n15.5     4.5\n11.33333 5"),
    # joins
    ([T, "t lj ([c:`x`y] d:100 200)"], "a b  c d\n----------\n3 10 x 100\n1 20 y 200\n2 30 x 100\n1 40 z"),
    ([T, "t ij ([c:`x`y] d:100 200)"], "a b  c d\n----------\n3 10 x 100\n1 20 y 200\n2 30 x 100"),
    (["([]a:1 2) uj ([]b:`x`y)"], "a b\n---\n1\n2\n  x\n  y"),
    (["([k:`a`b]v:1 2) pj ([k:`b`c]v:10 20)"], "k| v\n-| --\na| 1\nb| 12"),
    (["ej[`k;([]k:1 2 2;a:`x`y`z);([]k:2 2 3;b:10 20 30)]"],
     "k a b\n------\n2 y 10\n2 y 20\n2 z 10\n2 z 20"),
    (["t:([]time:10:01:01 10:01:03 10:01:04;sym:`msft`ibm`ge;qty:100 200 150)",
      "q:([]time:10:01:00 10:01:01 10:01:01 10:01:02;sym:`ibm`msft`msft`ibm;px:100 99 101 98)",
      "aj[`sym`time;t;q]"],
     "time     sym  qty px\n---------------------\n10:01:01 msft 100 101\n10:01:03 ibm  200 98\n10:01:04 ge   150"),
]


@pytest.mark.parametrize("lines,expected", CASES, ids=[c[0][-1] for c in CASES])
def test_table_console_text_matches_kdb(lines, expected):
    assert console(*lines) == expected


def test_length_mismatch_in_table_literal_is_length_error():
    assert console("([] a:1 2; b:1 2 3)") == "'length"


def test_enumeration_over_keyed_table_and_foreign_key_access():
    s = "s:([s:`s1`s2] name:`smith`jones)"
    sp = "sp:([] s:`s$`s1`s2`s1; qty:1 2 3)"
    assert console(s, sp, "type sp`s") == "20h"
    assert console(s, sp, "sp") == "s  qty\n------\ns1 1\ns2 2\ns1 3"
    assert console(s, sp, "select n:s.name, qty from sp where s=`s1") == "n     qty\n---------\nsmith 1\nsmith 3"
    assert console(s, "`s$`s9") == "'cast"
    assert console(s, sp, "meta sp") == "c  | t f a\n---| -----\ns  | s s\nqty| j"


def test_enumerations_keep_their_type_through_list_verbs():
    s = "s:([s:`s1`s2] name:`smith`jones)"
    sp = "sp:([] s:`s$`s1`s2`s1; qty:1 2 3)"
    assert console(s, sp, "reverse sp`s") == "`s$`s1`s2`s1"
    assert console(s, sp, "2#sp`s") == "`s$`s1`s2"
    assert console(s, sp, "raze (sp`s;sp`s)") == "`s$`s1`s2`s1`s1`s2`s1"
    assert console(s, sp, "(sp`s)?`s2") == "1"
    assert console(s, sp, "count sp,sp") == "6"
    assert console(s, sp, "(sp`s),`s2") == "'nyi"


def test_foreign_key_over_a_long_keyed_table():
    f = "f:([id:1 2 3] v:`a`b`c)"
    t = "t:([]a:`f$2 2 3;b:0)"
    assert console(f, t, "meta t") == "c| t f a\n-| -----\na| j f\nb| j"
    assert console(f, t, "select a.v from t") == "v\n-\nb\nb\nc"
    assert console(f, "`f$5") == "'cast"


def test_window_join_with_two_aggregations_of_one_column_is_nyi():
    # ref/wj aggregates each quote column once; the second kept only the last, as one column
    t = "t:([]sym:`a`a;time:10 20)"
    q = "q:([]sym:`a`a`a`a;time:5 12 18 25;px:1 2 3 4;sz:1 1 1 1)"
    w = "w:(t[`time]-3;t[`time]+3)"
    assert console(t, q, w, "wj[w;`sym`time;t;(q;(sum;`px);(count;`px))]") == "'nyi"
    assert console(t, q, w, "wj[w;`sym`time;t;(q;(sum;`px);(count;`sz))]") == \
        "sym time px sz\n--------------\na   10   3  2\na   20   5  2"
