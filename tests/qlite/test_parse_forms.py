"""Parse trees, eval and iterators as values: the values are those the kdb+ reference prints
(ref/parse, ref/eval, basics/parsetrees, basics/funsql, basics/application, ref/identity)."""

import pytest

from qconsole import console

T = "t:([] c1:`a`b`c`c`a`a; c2:10 20 30 30 40 40; c3: 1.1 2.2 3.3 3.3 4.4 3.14159; c4:`cow`sheep`cat`dog`cow`dog)"

CASES = [
    # basics/parsetrees: an iterator is an item of a parse tree; eval applies it
    (["eval (/;+)"], "+/"),
    (["eval ((/;+);(til;(+;2;2)))"], "6"),
    (["(/;+)"], "/\n+"),
    (['parse "+/[1 2 3 4]"'], "(/;+)\n1 2 3 4"),
    (['pTree:parse "(aggr;data) fby grp"', "pTree~(fby;(enlist;`aggr;`data);`grp)"], "1b"),
    # ref/parse: iterators with postfix syntax, q keywords defined in k show their k source
    (['parse "1 2 3 +/: 5 7"'], "(/:;+)\n1 2 3\n5 7"),
    (['eval parse "1 2 3 +/: 5 7"'], "6 7 8\n8 9 10"),
    (["foo:{x+2}", 'parse "foo each til 5"'], "k){x'y}\n`foo\n(k){$[0>@x;!x;'`type]};5)"),
    # basics/funsql: fby in a where clause
    (['parse "select count i from trade where 140>(count;i) fby sym"'],
     "?\n`trade\n,,(>;140;(k){@[(#y)#x[0]0#x 1;g;:;x[0]'x[1]g:.=y]};(enlist;#:;`i);`sym))\n0b\n(,`x)!,(#:;`i)"),
    # basics/funsql: exec by a symbol list evaluates it as a tree: c1[c2] is all nulls, one group
    ([T, "?[t; (); `c1`c2; `c3]"], "| 1.1 2.2 3.3 3.3 4.4 3.14159"),
    ([T, "?[t; (); `c1`c2; `c3`c4!((max;`c3);(last;`c4))]"], "| c3  c4\n| -------\n| 4.4 dog"),
    # ref/parse, basics/funsql: eval of a query's parse tree is the query's value
    (["trade:([]sym:`a`b`a`c`a`b;price:1 2 3 4 5 6.;size:10 20 30 40 50 60)",
      's:"select count i from trade where 3>(count;i) fby sym"', "value[s]~value eval each parse s"], "1b"),
    (["trade:([]sym:`a`b`a`c`a`b;price:1 2 3 4 5 6.;size:10 20 30 40 50 60)",
      's:"select count i from trade where 3>(count;i) fby sym"', "p:parse s", "value[s]~value @[p;2 3 4;eval]"],
     "1b"),
    # exec's by and column trees survive eval of the whole tree
    (["trade:([]sym:`a`b`a`c`a`b;price:1 2 3 4 5 6.;size:10 20 30 40 50 60)",
      's:"exec price by sym from trade"', "value[s]~eval parse s"], "1b"),
    (["trade:([]sym:`a`b`a`c`a`b;price:1 2 3 4 5 6.;size:10 20 30 40 50 60)",
      's:"exec 2*price from trade where sym=`a"', "value[s]~eval parse s"], "1b"),
    # basics/application: derived functions applied with brackets or prefix
    ([";/[+]til 5"], "10"),
    ([";\\[+][til 5]"], "0 1 3 6 10"),
    ([";\\[+][1000;til 5]"], "1000 1001 1003 1006 1010"),
    (["'[count](\"the\";\"quick\")"], "3 5"),
    # ref/identity: :: applied postfix returns its argument; 3[::] indexes an atom
    (["q:3 ::", "q~3"], "1b"),
    (["q:3[::]"], "'type"),
    (["1 2 3 ::"], "1 2 3"),
    # enlist shows by name (basics/parsetrees)
    (["enlist"], "enlist"),
]


@pytest.mark.parametrize("lines,expected", CASES)
def test_parse_forms(lines, expected):
    assert console(*lines) == expected
