"""Console text of every type, as the KX pages print it (page beside each case)."""
import pytest

from qlite import Interpreter

CASES = [
    ("42", "42", "ref/type"), ("42i", "42i", "basics/datatypes"), ("42h", "42h", "basics/datatypes"),
    ("1b", "1b", "basics/datatypes"), ("0x2a", "0x2a", "basics/datatypes"), ("3.5", "3.5", "ref/add"),
    ("2f", "2f", "ref/divide"), ("0w", "0w", "basics/datatypes"), ("0n", "0n", "basics/datatypes"),
    ("0N", "0N", "basics/datatypes"), ("-0W", "-0W", "basics/datatypes"), ("\"a\"", "\"a\"", "ref/string"),
    ("`abc", "`abc", "basics/datatypes"), ("1 2 3", "1 2 3", "ref/til"), ("1 2 3i", "1 2 3i", "basics/datatypes"),
    ("101b", "101b", "ref/not"), ("0x0102", "0x0102", "ref/cast"), ("1 2.5", "1 2.5", "ref/join"),
    ("1 2 3f", "1 2 3f", "ref/cast"), ("`a`b`c", "`a`b`c", "ref/where"), ("\"abc\"", "\"abc\"", "ref/string"),
    ("enlist 1", ",1", "ref/enlist"), ("enlist \"a\"", ",\"a\"", "ref/enlist"), ("()", "()", "ref/enlist"),
    ("`long$()", "`long$()", "ref/til"), ("\"\"", "\"\"", "ref/string"), ("`symbol$()", "`symbol$()", "ref/cast"),
    ("2000.01.01", "2000.01.01", "basics/datatypes"), ("2000.01m", "2000.01m", "basics/datatypes"),
    ("12:00", "12:00", "basics/datatypes"), ("12:00:00", "12:00:00", "basics/datatypes"),
    ("12:00:00.000", "12:00:00.000", "basics/datatypes"),
    ("0D12:00:00.000000000", "0D12:00:00.000000000", "basics/datatypes"),
    ("2000.01.01D12:00:00.000000000", "2000.01.01D12:00:00.000000000", "basics/datatypes"),
    ("1%3", "0.3333333", "ref/divide"), ("1e10", "1e+10", "ref/accumulators"), ("1e-8", "1e-08", "ref/over"),
    ("`float$0Wi", "2.147484e+09", "basics/datatypes"),
    ("(1;`a;\"xy\")", "1\n`a\n\"xy\"", "ref/join"),
    ("(1 2;3 4)", "1 2\n3 4", "ref/flip"),
    ("`a`b!1 2", "a| 1\nb| 2", "ref/dict"),
    ("`a`b!(10 21 3;4 5 6)", "a| 10 21 3\nb| 4  5  6", "ref/max"),
    ("`a`b!(1 2 3;\"xyz\")", "a| 1 2 3\nb| x y z", "ref/reverse"),
    ("([]a:1 2;b:`x`y)", "a b\n---\n1 x\n2 y", "ref/show"),
    ("([k:`a`b]v:1 2)", "k| v\n-| -\na| 1\nb| 2", "ref/keys"),
    ("{x+y}", "{x+y}", "ref/value"), ("+[2]", "+[2]", "ref/value"),
    ("-3!(1;`a)", "\"(1;`a)\"", "ref/display"),
    ("asc 3 1 2", "`s#1 2 3", "ref/asc"),
    # a one-row list of lists prints as its row, no leading comma ("Q for Mortals" 3.3.2 shows this);
    # a one-item row of a matrix keeps it
    ("enlist 1 2 3", "1 2 3", "Q for Mortals 3.3.2"), ("0N 3#til 10", "0 1 2\n3 4 5\n6 7 8\n,9", "Q for Mortals 3.8"),
]


@pytest.mark.parametrize("src,want,page", CASES, ids=[c[0] for c in CASES])
def test_console_text(src, want, page):
    assert Interpreter().repl(src) == want, page


def test_console_width_truncates_long_lines():
    assert Interpreter().repl("til 100") == " ".join(str(i) for i in range(100))[:77] + ".."


def test_precision_zero_prints_17_digits():
    ip = Interpreter()
    ip.repl("\\P 0")
    assert ip.repl("1%3") == "0.33333333333333331"  # basics/precision
