"""What qlite's fast paths must keep: the same results as the plain definitions (moving windows, parse and
compile caches, fresh interpreters), plus regression cases for reported bugs, expected values from the KX
reference pages named beside each case. No timing here: figures live in bench/qlite_perf.py."""
import random

import pytest

from qlite import Interpreter, match
from qlite import values as qv
from qlite.verbs import greater, lesser


def q(src, *setup):
    ip = Interpreter()
    for s in setup:
        ip.eval(s)
    return ip.repl(src)


@pytest.mark.parametrize("setup, src, printed, page", [
    # basics/syntax: a '-' right after a verb is part of the number
    (["d:1 2 3 4 5"], "1_-1_d", "2 3 4", "basics/syntax (minus signs)"),
    (["d:1 2 3 4 5"], "2_-2_d", ",3", "basics/syntax (minus signs)"),
    (["x:4 5"], "x-1", "3 4", "basics/syntax (minus signs)"),
    # a keyword left of a derived function applies to its result
    (["nums:-2 1 -3 4 -1 2 1 -5 4"], "max {y|x+y}\\nums", "6", "ref/accumulators"),
    ([], "max +\\1 -2 3", "2", "ref/accumulators"),
    ([], "neg {x+y}\\1 2 3", "-1 -3 -6", "ref/accumulators"),
    ([], "10 +/1 2 3", "16", "ref/accumulators (binary over with a seed)"),
    (["a:10"], "a +/1 2 3", "16", "ref/accumulators (binary over with a seed)"),
    ([], "count each (1 2;3)", "2 1", "ref/each"),
    # flip and join on empty lists
    ([], "flip ()", "()", "ref/flip"),
    ([], '"",()', '""', "ref/join"),
    ([], '(),""', '""', "ref/join"),
    ([], "1 2,()", "1 2", "ref/join"),
    # moving windows
    ([], "3 mmax 2 7 1 3 5 2 8", "2 7 7 7 5 5 8", "ref/max"),
    ([], "3 mmax 0N -3 -2 0N 1 0", "-0W -3 -2 -2 1 1", "ref/max"),
    ([], "3 mmin 0N -3 -2 1 -0W 0", "0N 0N 0N -3 -0W -0W", "ref/min"),
    ([], "3 mmin 0N -3 -2 1 0N -0W", "0N 0N 0N -3 0N 0N", "ref/min"),
    ([], "0 mmin 4 5 6", "4 5 6", "ref/min (0 or negative x gives y)"),
    ([], "2 mmax 0#0", "`long$()", "ref/max (uniform: the result has y's count and type)"),
    ([], "2 mmin 0#0.0", "`float$()", "ref/min (uniform)"),
])
def test_reference_case(setup, src, printed, page):
    assert q(src, *setup) == printed, page


def _window_by_definition(n, y, is_max):
    """x mmax y as q folds it: | over the items so far, at most n of them."""
    its = qv.items(y)
    out = []
    for i in range(len(its)):
        w = its[max(0, i - n + 1):i + 1]
        acc = w[0]
        for e in w[1:]:
            acc = greater(acc, e) if is_max else lesser(acc, e)
        out.append(acc)
    return qv.from_items(out)


@pytest.mark.parametrize("vec", ["1 5 2 0N 3 -4 0N 7", "1.5 0n 2 -0w 0w 3 0n", "0101101b", '"hello world"',
                                 "1 5 2 0N 3i", "10 0N 3h", "2020.01.01 0Nd 2021.05.05 2019.01.01", "0x0102ff00"])
def test_moving_windows_match_the_fold(vec):
    ip = Interpreter()
    y = ip.eval(vec)
    for n in (1, 2, 3, 4, 5, 7, 8, 20):
        for kw, is_max in (("mmax", True), ("mmin", False)):
            got = ip.eval(f"{n} {kw} {vec}")
            want = _window_by_definition(n, y, is_max)
            if is_max and n > 1:
                # ref/max: the first x-1 items are the maximums so far (an all-null start is -0W, as in maxs)
                head = ip.eval(f"{{maxs ((x-1)&count y)#y}}[{n};{vec}]")
                want = qv.from_items(qv.items(head) + qv.items(want)[len(qv.items(head)):])
            assert match(got, want), (vec, n, kw)


def test_moving_max_on_a_long_vector_matches_the_fold():
    random.seed(7)
    ip = Interpreter()
    ip.eval("y:" + " ".join(str(random.randint(-50, 50)) for _ in range(300)))
    y = ip.eval("y")
    for n in (1, 3, 16, 17, 100, 299, 300, 1000):
        assert match(ip.eval(f"{n} mmin y"), _window_by_definition(n, y, False))
    assert match(ip.eval("1000 mmin til 2000"), ip.eval("0|-999+til 2000"))
    assert match(ip.eval("1000 mmax reverse til 2000"), ip.eval("1999-0|-999+til 2000"))


def test_cached_parse_does_not_leak_state_between_interpreters():
    src = "f:{x+1}; a:f 41"
    one, two = Interpreter(), Interpreter()
    one.eval(src)
    two.eval("f:{x*2}")
    assert two.repl("f 3") == "6"
    assert one.repl("a") == "42"
    assert two.repl("a") == "'a"


def test_fresh_interpreters_start_from_the_same_names():
    one = Interpreter()
    one.eval(".Q.a:1 2")
    assert Interpreter().repl(".Q.a") == '"abcdefghijklmnopqrstuvwxyz"'


@pytest.mark.parametrize("amend", ['.Q.a[0]:"Z"', '.Q.a,:"!"', '@[`.Q.a;0;:;"x"]', '.[`.Q.a;enlist 1;:;"y"]',
                                   '.Q.a[1 2]:"pq"', '@[`.Q.a;0;upper]'])
def test_amending_a_startup_name_leaves_other_interpreters_alone(amend):
    one = Interpreter()
    one.eval(amend)
    assert one.repl(".Q.a") != '"abcdefghijklmnopqrstuvwxyz"'
    assert Interpreter().repl(".Q.a") == '"abcdefghijklmnopqrstuvwxyz"'


def test_a_lambda_compiled_twice_keeps_its_locals_apart():
    src = "f:{[n] a:n*2; g:{x+a}; a+n}"
    one, two = Interpreter(), Interpreter()
    one.eval(src)
    two.eval(src)
    assert one.repl("f 3") == "9"
    assert two.repl("f 4") == "12"
    assert two.repl("a") == "'a"
    assert one.repl("{y}[1;2]") == "2"
    assert one.repl("{z}[1;2]") == "{z}[1;2]"


def _group_by_definition(x):
    """group built item by item: first-seen keys, ascending indexes."""
    order = {}
    for i, e in enumerate(qv.items(x)):
        order.setdefault(e.v.item() if hasattr(e.v, "item") else e.v, []).append(i)
    items = qv.items(x)
    return [items[v[0]] for v in order.values()], [list(v) for v in order.values()]


@pytest.mark.parametrize("vec", ["3 1 3 2 1 0N 0N", "0101101b", '"mississippi"', "5 4 3 5h", "0x0102ff01",
                                 "2020.01.01 2020.01.02 2020.01.01", "12:00 13:00 12:00", "enlist 5", "1000?10"])
def test_group_of_a_vector_keeps_first_seen_order(vec):
    ip = Interpreter()
    ip.eval(f"v:{vec}")
    x, g = ip.eval("v"), ip.eval("group v")
    keys, idx = _group_by_definition(x)
    assert g.k.t == x.t
    assert len(qv.items(g.k)) == len(keys) and all(match(a, b) for a, b in zip(qv.items(g.k), keys))
    assert [list(v.v) for v in qv.items(g.v)] == idx


@pytest.mark.parametrize("src", ["7 div 0", "-7 div 0 1", "0N div 0", "7 mod 0", "3#()"])
def test_results_the_reference_does_not_state_stay_nyi(src):
    # ref/div, ref/mod and ref/take give no result for a zero divisor or a take from (): strict, never a guess
    assert q(src) == "'nyi"
