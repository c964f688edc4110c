"""Temporal values as kdb+ has them: arithmetic, casts and parsing, dot accessors in qSQL, comparisons
across temporal types (basics/comparison), xbar, display and nulls."""

import pytest

from qconsole import console




CASES = [
    # arithmetic
    ("2012.03.04+1 2", "2012.03.05 2012.03.06"),
    ("2012.03.04-2012.01.01", "63i"),
    ("2012.03.04D12:00:00-2012.03.04D11:00:00", "0D01:00:00.000000000"),
    ("12:00:00.000-11:00:00.000", "01:00:00.000"),
    ("16:00-09:30", "06:30"),
    ("12:00:00+1", "12:00:01"),
    ("2012.03m+3", "2012.06m"),
    ("2012.05 2012.06m-2", "2012.03 2012.04m"),
    ("2012.03.04D0+1D", "2012.03.05D00:00:00.000000000"),
    ("0Nd+1", "0Nd"),
    # casts and parsing
    ("`year$2012.03.04", "2012i"),
    ("`month$2012.03.04", "2012.03m"),
    ("`dd$2012.03.04", "4i"),
    ("`date$2012.03.04D12:34:56.789", "2012.03.04"),
    ("`time$2012.03.04D12:34:56.789", "12:34:56.789"),
    ("`minute$12:34:56.789", "12:34"),
    ("`timestamp$2012.03.04", "2012.03.04D00:00:00.000000000"),
    ("\"D\"$\"2012.03.04\"", "2012.03.04"),
    ("\"T\"$\"12:34:56.789\"", "12:34:56.789"),
    # vectors typed by their suffix, comparisons across types
    ("13:30 20:00t", "13:30:00.000 20:00:00.000"),
    ("20:00:00.000603286 within 13:30 20:00t", "0b"),
    ("2024.10.07D20:00:00.000603286 within 13:30 20:00t", "1b"),
    ("2012.01.01<2012.01.01D00:00:01", "1b"),
    # datetimes compute in float days
    ("2000.01.02 + sum 1000#1%86400", "2000.01.02T00:16:40.000"),
    ("\"d\"$23:59:59.999+ 2010.05.13T12:30:59.999", "2010.05.14"),
    ("2010.05.13T12:30:59.999+1", "2010.05.14T12:30:59.999"),
    # xbar
    ("5 xbar 12:34 12:38 12:41", "12:30 12:35 12:40"),
    ("0D01:00:00.0 xbar 2014.05.09D12:34:56 0Np", "2014.05.09D12:00:00.000000000 0N"),  # learn/brief-introduction
    # a time's `mm is its minute (kb/programming-idioms)
    ("time:09:10:52.139; `long$(time.hh; time.mm; time.ss)", "9 10 52"),
]


@pytest.mark.parametrize("expr,expected", CASES, ids=[c[0] for c in CASES])
def test_temporal_console_text_matches_kdb(expr, expected):
    assert console(expr) == expected


def test_timestamp_compares_with_minute_as_its_time_of_day():
    setup = ["times: 09:15:37 09:29:01 09:29:15 09:29:15 09:30:01 09:35:27",
             "tab:([] timeSpan:`timespan$times; timeStamp:2020.01.01+times)"]
    assert console(*setup, "tab.timeStamp=09:29") == "011100b"
    assert console(*setup, "exec timeSpan>09:29 from tab") == "011111b"


def test_dot_accessors_in_qsql():
    t = "t:([]d:2012.01.01 2012.06.01 2013.02.03;v:1 2 3)"
    assert console(t, "select from t where d.month=2012.06m") == "d          v\n------------\n2012.06.01 2"
    assert console(t, "select v by d.year from t") == "year| v\n----| ---\n2012| 1 2\n2013| ,3"
