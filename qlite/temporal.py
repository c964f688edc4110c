"""Temporal types: literal parsing and console text.

Dates are days since 2000.01.01 (int32), months since 2000.01, timestamps and timespans nanoseconds (int64),
times milliseconds, seconds and minutes their units since midnight, datetimes float days.
"""
from __future__ import annotations

import datetime as _dt
import math

from .errors import QError

EPOCH_ORD = _dt.date(2000, 1, 1).toordinal()
NS_DAY = 86_400_000_000_000


def days_from_ymd(y, m, d):
    try:
        return _dt.date(y, m, d).toordinal() - EPOCH_ORD
    except ValueError:
        raise QError("nyi")


def ymd_from_days(n):
    return _dt.date.fromordinal(int(n) + EPOCH_ORD)


def _parse_time_of_day(s):
    """'hh:mm[:ss[.fff...]]' -> (kind, value). kind: 17 minute, 18 second, 19 time(ms), 16 timespan(ns)."""
    parts = s.split(":")
    if len(parts) == 2:
        h, m = int(parts[0]), int(parts[1])
        return 17, h * 60 + m
    h, m = int(parts[0]), int(parts[1])
    sec = parts[2]
    if "." in sec:
        whole, frac = sec.split(".")
        base = (h * 3600 + m * 60 + int(whole or 0))
        if len(frac) <= 3:
            return 19, base * 1000 + int((frac + "000")[:3])
        return 16, base * 1_000_000_000 + int((frac + "000000000")[:9])
    return 18, h * 3600 + m * 60 + int(sec)


def _ns_of_time(s):
    """Time-of-day text -> nanoseconds."""
    if not s:
        return 0
    parts = s.split(":")
    h = int(parts[0] or 0)
    m = int(parts[1]) if len(parts) > 1 else 0
    sec = parts[2] if len(parts) > 2 else "0"
    whole, _, frac = sec.partition(".")
    return ((h * 60 + m) * 60 + int(whole or 0)) * 1_000_000_000 + int((frac + "000000000")[:9])


def parse_temporal(body: str):
    """One temporal literal (no sign) -> (type, int or float value)."""
    suf = ""
    if body[-1].isalpha() and body[-1] not in "DT":
        suf = body[-1]
        body = body[:-1]
    if suf == "m":
        y, mo = body.split(".")
        return 13, (int(y) - 2000) * 12 + int(mo) - 1
    if "D" in body and body.count(".") >= 2 and body.index("D") > 4:
        d, _, t = body.partition("D")
        y, mo, dd = (int(x) for x in d.split("."))
        return 12, days_from_ymd(y, mo, dd) * NS_DAY + _ns_of_time(t)
    if "T" in body:
        d, _, t = body.partition("T")
        y, mo, dd = (int(x) for x in d.split("."))
        return 15, days_from_ymd(y, mo, dd) + _ns_of_time(t) / NS_DAY
    if "D" in body:
        d, _, t = body.partition("D")
        return 16, int(d or 0) * NS_DAY + _ns_of_time(t)
    if body.count(".") == 2 and ":" not in body:
        y, mo, dd = (int(x) for x in body.split("."))
        v = days_from_ymd(y, mo, dd)
        if suf == "p":
            return 12, v * NS_DAY
        if suf == "z":
            return 15, float(v)
        if suf and suf != "d":
            raise QError("nyi")
        return 14, v
    if ":" in body:
        k, v = _parse_time_of_day(body)
        if suf:
            want = {"u": 17, "v": 18, "t": 19, "n": 16}.get(suf)
            if want is None:
                raise QError("nyi")
            if want != k:
                ns = _ns_of_time(body)
                v = {17: ns // 60_000_000_000, 18: ns // 1_000_000_000, 19: ns // 1_000_000, 16: ns}[want]
            return want, v
        return k, v
    raise QError("nyi")


# ---- console text -------------------------------------------------------------------------------

def fmt_date(n):
    if int(n) + EPOCH_ORD < 1:
        return "0000.00.00"         # before 0001.01.01 (basics/datatypes: 0001.01.01-1)
    y = ymd_from_days(n)
    return f"{y.year:04d}.{y.month:02d}.{y.day:02d}"


def fmt_month(n):
    n = int(n)
    y, m = divmod(n, 12)
    return f"{y + 2000:04d}.{m + 1:02d}m"


def fmt_month_bare(n):
    n = int(n)
    y, m = divmod(n, 12)
    return f"{y + 2000:04d}.{m + 1:02d}"


def _hms(total, width_h=2):
    h, rem = divmod(total, 3600)
    m, s = divmod(rem, 60)
    return f"{h:0{width_h}d}:{m:02d}:{s:02d}"


def fmt_time(ms):
    ms = int(ms)
    sign = "-" if ms < 0 else ""
    ms = abs(ms)
    return f"{sign}{_hms(ms // 1000)}.{ms % 1000:03d}"


def fmt_second(s):
    s = int(s)
    sign = "-" if s < 0 else ""
    return sign + _hms(abs(s))


def fmt_minute(m):
    m = int(m)
    sign = "-" if m < 0 else ""
    m = abs(m)
    return f"{sign}{m // 60:02d}:{m % 60:02d}"


def fmt_timespan(ns):
    ns = int(ns)
    sign = "-" if ns < 0 else ""
    ns = abs(ns)
    d, rem = divmod(ns, NS_DAY)
    secs, frac = divmod(rem, 1_000_000_000)
    return f"{sign}{d}D{_hms(secs)}.{frac:09d}"


def fmt_timestamp(ns):
    ns = int(ns)
    d, rem = divmod(ns, NS_DAY)
    secs, frac = divmod(rem, 1_000_000_000)
    return f"{fmt_date(d)}D{_hms(secs)}.{frac:09d}"


def fmt_datetime(f):
    d = math.floor(f)
    ms = round((f - d) * 86_400_000)
    if ms >= 86_400_000:
        d += 1
        ms -= 86_400_000
    if d + EPOCH_ORD < 1 and ms:
        raise QError("nyi")         # the reference shows only a whole day before 0001.01.01
    return f"{fmt_date(d)}T{_hms(ms // 1000)}.{ms % 1000:03d}"


# ---- comparing different temporal types ------------------------------------------------------------

_DATED = (13, 14, 15, 12)          # coarse to fine
_TIME_OF_DAY = (17, 18, 19, 16)    # minute second time timespan
_CAST_NAME = {12: "timestamp", 13: "month", 14: "date", 15: "datetime", 16: "timespan", 17: "minute",
              18: "second", 19: "time"}


def comparable(x, y):
    """x and y of two temporal types, cast to the one type kdb+ compares them in (basics/comparison):
    a dated value against a time of day becomes that time of day; otherwise the finer type wins."""
    from .keywords.strings import cast
    from . import values as qv
    tx, ty = abs(x.t), abs(y.t)
    if tx in _DATED and ty in _TIME_OF_DAY:
        return cast(qv.sym(_CAST_NAME[ty]), x), y
    if ty in _DATED and tx in _TIME_OF_DAY:
        return x, cast(qv.sym(_CAST_NAME[tx]), y)
    order = _DATED if tx in _DATED else _TIME_OF_DAY
    if order.index(tx) > order.index(ty):
        return x, cast(qv.sym(_CAST_NAME[tx]), y)
    return cast(qv.sym(_CAST_NAME[ty]), x), y


# ---- parsing text: "D"$ "P"$ "T"$ ... (ref/tok) --------------------------------------------------------

_NS = 1_000_000_000
_UNIX_EPOCH_S = 946_684_800      # seconds from 1970.01.01 to 2000.01.01


def _date_days(s):
    """Days since 2000.01.01 of yyyy.mm.dd, yyyy-mm-dd, yyyymmdd or mm/dd/yyyy; None if not a date."""
    import re
    m = re.fullmatch(r"(\d{4})[.-](\d\d)[.-](\d\d)|(\d{4})(\d\d)(\d\d)|(\d\d)/(\d\d)/(\d{4})", s)
    if not m:
        return None
    g = m.groups()
    y, mo, d = (g[0], g[1], g[2]) if g[0] else (g[3], g[4], g[5]) if g[3] else (g[8], g[6], g[7])
    try:
        return _dt.date(int(y), int(mo), int(d)).toordinal() - EPOCH_ORD
    except ValueError:
        return "null"


def _time_ns(s):
    """Nanoseconds of a time of day hh[:mm[:ss[.frac]]] or digits hhmmss[frac]; None if not one."""
    import re
    m = re.fullmatch(r"(\d\d):(\d\d)(?::(\d\d)(?:\.(\d*))?)?", s)
    if m:
        h, mi, sec, frac = m.groups()
    else:
        m = re.fullmatch(r"(\d\d)(\d\d)(\d\d)?(\d*)", s)
        if not m:
            return None
        h, mi, sec, frac = m.groups()
        if frac and not sec:
            return None
    ns = ((int(h) * 60 + int(mi)) * 60 + int(sec or 0)) * _NS
    return ns + int(((frac or "") + "000000000")[:9])


def tok(t, s):
    """Text s parsed as temporal type t the way kdb+'s "D"$ "P"$ ... do: the forms ref/tok shows;
    text that is no such value gives the type's null; forms not handled here are 'nyi."""
    import re
    from . import values as qv
    s = s.strip()
    if s in ("", "0N", "0n") or re.search(r"[^0-9.:/ DT-]", s):
        return qv.null_atom(t)      # not temporal text at all: null, as kdb+
    if t == 14:
        d = _date_days(s)
        if d is None:
            if s.isdigit():
                return qv.null_atom(t)
            raise QError("nyi")
        return qv.null_atom(t) if d == "null" else qv.atom(14, d)
    if t == 13:
        m = re.fullmatch(r"(\d{4})[.-]?(\d\d)", s)
        if not m:
            raise QError("nyi")
        y, mo = int(m.group(1)), int(m.group(2))
        return qv.atom(13, (y - 2000) * 12 + mo - 1) if 1 <= mo <= 12 else qv.null_atom(13)
    if t in (12, 15):
        m = re.fullmatch(r"(\d+)(?:\.(\d+))?", s)
        if m and len(m.group(1)) > 8:
            # seconds since the unix epoch
            ns = (int(m.group(1)) - _UNIX_EPOCH_S) * _NS + int(((m.group(2) or "") + "000000000")[:9])
        else:
            m = re.fullmatch(r"(\d{4}[.-]\d\d[.-]\d\d|\d{8}|\d\d/\d\d/\d{4})(?:[DT -](.*))?", s)
            d = _date_days(m.group(1)) if m else None
            if d is None:
                raise QError("nyi")
            if d == "null":
                return qv.null_atom(t)
            tod = _time_ns(m.group(2)) if m.group(2) else 0
            if tod is None:
                raise QError("nyi")
            ns = d * NS_DAY + tod
        if t == 12:
            return qv.atom(12, ns)
        return qv.atom(15, (ns // 1_000_000) / 86_400_000)
    if t in (16, 17, 18, 19):
        m = re.fullmatch(r"(-)?(?:(\d+)D)?(.*)", s)
        ns = _time_ns(m.group(3))
        if ns is None:
            raise QError("nyi")
        ns += int(m.group(2) or 0) * NS_DAY
        if m.group(1):
            ns = -ns
        unit = {16: 1, 17: 60 * _NS, 18: _NS, 19: 1_000_000}[t]
        return qv.atom(t, int(ns / unit) if ns >= 0 else -int(-ns / unit))
    raise QError("nyi")


# ---- datetime arithmetic (type z: float days) ----------------------------------------------------------

_DAY_FRACTION = {19: 86_400_000, 18: 86_400, 17: 1_440, 16: 86_400_000_000_000}


def datetime_arith(op, x, y):
    """+ and - with a datetime, or a date and a float: kdb+ computes in days as floats and gives a
    datetime (z - z is a float number of days); None when neither operand makes a datetime."""
    import numpy as np
    from . import values as qv
    tx, ty = abs(x.t), abs(y.t)

    def days(v, t):
        a = v.v.astype(np.float64) if v.t > 0 else np.float64(v.v)
        if t in qv.NULL_INT:
            a = np.where((v.v == qv.NULL_INT[t]), np.nan, a) if v.t > 0 else (np.nan if v.v == qv.NULL_INT[t] else a)
        return a / _DAY_FRACTION[t] if t in _DAY_FRACTION else a

    num = (1, 4, 5, 6, 7, 8, 9)
    if tx == 15 and ty == 15:
        if op != "-":
            raise QError("type")
        rt = 9
    elif tx == 15 and (ty in num or ty in _DAY_FRACTION or ty == 14):
        rt = 15
    elif ty == 15 and op == "+" and (tx in num or tx in _DAY_FRACTION or tx == 14):
        rt = 15
    elif op in ("+", "-") and tx == 14 and ty in (8, 9):
        rt = 15
    elif op == "+" and ty == 14 and tx in (8, 9):
        rt = 15
    else:
        return None
    a, b = days(x, tx), days(y, ty)
    r = a + b if op == "+" else a - b
    if x.t < 0 and y.t < 0:
        return qv.Atom(-rt, np.float64(r))
    return qv.Vec(rt, np.asarray(r, dtype=np.float64) * np.ones(max(qv.count(x) if x.t > 0 else 1,
                                                                     qv.count(y) if y.t > 0 else 1)))
