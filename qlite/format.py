"""Console text byte-identical to kdb+: atoms, vectors, general lists (matrix alignment), dicts, tables,
functions; the one-line form used by 0N! / -3! / nested items; \\c truncation and \\P float precision.
"""
from __future__ import annotations

import numpy as np

from .errors import QError
from . import values as qv
from .values import Atom, Vec, List, Dict, Table, IDENTITY
from . import temporal as tm

_EMPTY_NAME = {1: "boolean", 2: "guid", 4: "byte", 5: "short", 6: "int", 7: "long", 8: "real", 9: "float",
               11: "symbol", 12: "timestamp", 13: "month", 14: "date", 15: "datetime", 16: "timespan",
               17: "minute", 18: "second", 19: "time"}

PRECISION = [7]   # \P, shared by the interpreter


def fmt_float(v, prec=None):
    p = PRECISION[0] if prec is None else prec
    if v != v:
        return "0n"
    if v == float("inf"):
        return "0w"
    if v == float("-inf"):
        return "-0w"
    if p == 0:
        p = 17
    s = "%.*g" % (p, v)
    if s == "-0":
        return "-0"
    return s


def _int_text(t, v):
    v = int(v)
    if v == qv.NULL_INT[t]:
        return "0N"
    if v == qv.INF_INT[t]:
        return "0W"
    if v == -qv.INF_INT[t]:
        return "-0W"
    return str(v)


def _char_esc(c: int) -> str:
    if c == 34:
        return '\\"'
    if c == 92:
        return "\\\\"
    if c == 10:
        return "\\n"
    if c == 13:
        return "\\r"
    if c == 9:
        return "\\t"
    if c < 32 or c > 126:
        return "\\%03o" % c
    return chr(c)


def _temporal_text(t, v):
    """Text of one temporal value (no null/inf handling)."""
    if t == 14:
        return tm.fmt_date(v)
    if t == 13:
        return tm.fmt_month_bare(v)
    if t == 12:
        return tm.fmt_timestamp(v)
    if t == 16:
        return tm.fmt_timespan(v)
    if t == 17:
        return tm.fmt_minute(v)
    if t == 18:
        return tm.fmt_second(v)
    if t == 19:
        return tm.fmt_time(v)
    if t == 15:
        return tm.fmt_datetime(v)
    raise QError("nyi")


def guid_text(v) -> str:
    """8c680a01-5a49-5aab-5a65-d4bfddb6a661: a guid's 16 bytes in hex, grouped 4-2-2-2-6 (the null is all 0)."""
    h = bytes(v).hex()
    return "-".join((h[:8], h[8:12], h[12:16], h[16:20], h[20:]))


def item_text(t, v, bare=False):
    """Text of one item of a vector of type t, without a type suffix (as inside a vector)."""
    if t in (6, 5, 7):
        return _int_text(t, v)
    if t == 2:
        return guid_text(v)
    if t in (8, 9):
        return fmt_float(float(v))
    if t == 1:
        return "1" if v else "0"
    if t == 4:
        return "%02x" % int(v)
    if t == 10:
        return chr(int(v)) if bare else _char_esc(int(v))
    if t == 11:
        return v if bare else "`" + v
    if t in qv.TEMPORAL:
        if t == 15:
            if v != v:
                return "0N"
            if v in (float("inf"), float("-inf")):
                return "0W" if v > 0 else "-0W"
            return _temporal_text(t, v)
        iv = int(v)
        if iv == qv.NULL_INT[t]:
            return "0N"
        if iv == qv.INF_INT[t]:
            return "0W"
        if iv == -qv.INF_INT[t]:
            return "-0W"
        return _temporal_text(t, iv)
    raise QError("nyi")


def fmt_atom(x):
    t = -x.t
    v = x.v
    if t == 7:
        return _int_text(7, v)
    if t in (5, 6):
        s = _int_text(t, v)
        return s + ("i" if t == 6 else "h")
    if t == 9:
        s = fmt_float(float(v))
        if not any(c in s for c in ".enw"):
            s += "f"
        return s
    if t == 8:
        s = fmt_float(float(v))
        if s == "0n":
            return "0Ne"
        if s == "0w":
            return "0we"
        if s == "-0w":
            return "-0we"
        return s + "e"
    if t == 1:
        return "1b" if v else "0b"
    if t == 4:
        return "0x%02x" % int(v)
    if t == 2:
        return guid_text(v)
    if t == 10:
        return '"' + _char_esc(int(v)) + '"'
    if t == 11:
        return "`" + v
    if t in qv.TEMPORAL:
        s = item_text(t, v)
        if s in ("0N", "0W", "-0W"):
            return s + qv.TYPE_CHAR[t]
        if t == 13:
            return s + "m"
        return s
    raise QError("nyi")


def atom_text(x, for_string=False):
    """Text used by `string`: no type suffix, no quotes; nulls of numbers are empty."""
    t = -x.t
    v = x.v
    if t == 10:
        return chr(int(v))
    if t == 11:
        return v
    if t in (5, 6, 7):
        if int(v) == qv.NULL_INT[t]:
            return ""
        return _int_text(t, v)
    if t in (8, 9):
        if v != v:
            return ""
        return fmt_float(float(v))
    if t == 1:
        return "1" if v else "0"
    if t == 4:
        return "%02x" % int(v)
    if t == 2:
        return guid_text(v)
    if t in qv.TEMPORAL:
        s = item_text(t, v)
        if s == "0N":
            return ""
        return s
    raise QError("nyi")


def fmt_vec(x):
    t = x.t
    v = x.v
    n = len(v)
    prefix = ""
    if x.attr:
        prefix = "`" + x.attr + "#"
    if n == 0:
        if t == 10:
            return prefix + '""'
        return prefix + "`" + _EMPTY_NAME[t] + "$()"
    one = "," if n == 1 else ""
    if t == 10:
        return prefix + one + '"' + "".join(_char_esc(c) for c in v.tobytes()) + '"'
    if t == 11:
        return prefix + one + "".join("`" + s for s in v)
    if t == 1:
        return prefix + one + "".join("1" if b else "0" for b in v) + "b"
    if t == 4:
        return prefix + one + "0x" + "".join("%02x" % b for b in v.tolist())
    items = [item_text(t, e) for e in v.tolist()]
    body = " ".join(items)
    if t == 9:
        if not any(any(c in s for c in ".enw") for s in items):
            body += "f"
    elif t == 8:
        body += "e"
    elif t == 6:
        body += "i"
    elif t == 5:
        body += "h"
    elif t == 13:
        body += "m"
    elif t in qv.TEMPORAL and all(s in ("0N", "0W", "-0W") for s in items):
        body += qv.TYPE_CHAR[t]
    return prefix + one + body


def kstr(x):
    """One-line form (-3!x, 0N!x, and items nested in a list)."""
    t = x.t
    if t in (20, -20):
        from .enums import text
        return text(x)
    if t < 0:
        return fmt_atom(x)
    if 0 < t < 20:
        return fmt_vec(x)
    if t == 0:
        if not x.v:
            return "()"
        if len(x.v) == 1:
            inner = kstr(x.v[0])
            return "," + (f"({inner})" if x.v[0].t in (99, 98) else inner)
        return "(" + ";".join(kstr(e) for e in x.v) + ")"
    if t == 99:
        if x.k.t == 98:
            return "(" + kstr(x.k) + ")!" + kstr(x.v)
        k = kstr(x.k)
        if k.startswith(","):
            k = "(" + k + ")"     # a one-item key list: (,`a)!,1
        prefix = "`s#" if x.attr == "s" else ""
        if qv.count(x.k) == 0 and x.k.t == 0 and x.v.t == 0:
            return "()!()"
        return prefix + k + "!" + kstr(x.v)
    if t == 98:
        k = kstr(x.k)
        return "+" + ("(" + k + ")" if k.startswith(",") else k) + "!" + kstr(List(list(x.v)))  # +(,`a)!,1 2
    if t >= 100:
        return fmt_fn(x)
    raise QError("nyi")


# keywords the kdb+ console shows by their definition, not their name
_SHOWN_AS = {"iasc": "k){$[0h>@x;'`rank;<x]}", "idesc": "k){$[0h>@x;'`rank;>x]}", "deltas": "-':",
             "<=": "~>", ">=": "~<",     # q reads <= as not-greater
             # ref/parse and basics/parsetrees show these in parse trees
             "til": "k){$[0>@x;!x;'`type]}", "each": "k){x'y}",
             "fby": "k){@[(#y)#x[0]0#x 1;g;:;x[0]'x[1]g:.=y]}",
             # basics/funsql and basics/parsetrees show these .q entries
             "ltime": "%:", "hopen": "<:", "hclose": ">:", "hdel": "~:",
             "xbar": 'k){x*y div x:$[16h=abs[@x];"j"$x;x]}'}


def fmt_fn(f):
    from .funcs import Lam, Prim, Proj, Comp, Derived
    if f is IDENTITY or f.t == 101 and not isinstance(f, Prim):
        return "::"
    if isinstance(f, Lam):
        return f.src
    if isinstance(f, Prim):
        return _SHOWN_AS.get(f.name, f.name)
    if isinstance(f, Proj):
        args = list(f.args)
        while args and args[-1] is None:
            args.pop()
        return fmt_fn(f.f) + "[" + ";".join("" if a is None else kstr(a) for a in args) + "]"
    if isinstance(f, Derived):
        inner = fmt_fn(f.f) if f.f.t >= 100 else kstr(f.f)
        return inner + f.adv
    if isinstance(f, Comp):
        return "".join(fmt_fn(g) if g.t >= 100 else kstr(g) for g in f.fs)
    return "?"


# ---- multi-line console display -------------------------------------------------------------------

def _cells(x):
    """One text per item of a list as it appears in a dict's value column or a table column."""
    t = x.t
    if t == 20:
        from .enums import plain
        return _cells(plain(x))
    if 0 < t < 20:
        if t == 10:
            return [chr(c) if 32 <= c < 127 else _char_esc(c) for c in x.v.tobytes()]
        return [_bare(t, e) for e in x.v.tolist()]
    if t == 0:
        return [_cell(e) for e in x.v]
    if t == 98:
        return _table_rows(x)[2:]
    raise QError("nyi")


def _cell(e):
    if e.t < 0:
        if e.t == -11:
            return e.v
        if e.t == -10:
            return chr(int(e.v))
        return item_text(-e.t, e.v, bare=True)
    return kstr(e)


def _bare(t, v):
    """A cell as in tables, dicts and matrix rows: no type suffix, no quotes, nulls blank."""
    s = item_text(t, v, bare=True)
    if t not in (1, 4, 10, 11) and s == "0N" or s == "0n":
        return ""
    return s


def _row_cells(e):
    if e.t == 20:
        from .enums import plain
        return _row_cells(plain(e))
    if 0 < e.t < 20:
        if e.t == 10:
            return [chr(c) if 32 <= c < 127 else _char_esc(c) for c in e.v.tobytes()]
        return [_bare(e.t, v) for v in e.v.tolist()]
    return [kstr(i) for i in e.v]


def _matrix_lines(items):
    """Items that are lists of one length print as aligned columns (except uniform bool/byte/char/sym)."""
    rows = [_row_cells(e) for e in items]
    ncol = len(rows[0])
    widths = [max(len(r[j]) for r in rows) for j in range(ncol)]
    # the last column is padded too: the console cuts a row at \c width after padding
    return [" ".join(r[j].ljust(widths[j]) for j in range(ncol)) for r in rows]


def _is_matrix(items):
    if len(items) < 1:
        return False
    t0 = items[0].t
    if not 0 <= t0 <= 20:
        return False
    n = qv.count(items[0])
    if n == 0:
        return False
    for e in items:
        if not 0 <= e.t <= 20 or qv.count(e) != n:
            return False
    if all(e.t == t0 for e in items) and t0 in (1, 4, 10):
        return False
    if all(e.t == 0 for e in items):
        # a list of general lists: matrix only when no item is itself nested deeper than one level
        return True
    return True


def _list_lines(x):
    items = x.v
    if _is_matrix(items):
        return _matrix_lines(items)
    return [kstr(e) for e in items]


def _value_lines(v):
    """Lines for the value column of a dict (one per key)."""
    if v.t == 0:
        if _is_matrix(v.v):
            return _matrix_lines(v.v)
        return [kstr(e) for e in v.v]
    if 0 < v.t < 20:
        return _cells(v)
    if v.t == 98:
        return _table_rows(v)[2:]
    raise QError("nyi")


def _dict_cell(e):
    if e.t < 0:
        return _cell(e)
    return kstr(e)


def _dict_lines(d):
    k, v = d.k, d.v
    if k.t == 98:
        return _keyed_table_lines(d)
    n = qv.count(k)
    if n == 0:
        return ["()!()"] if k.t == 0 else [kstr(d)]
    kl = _cells(k) if k.t != 0 else [_dict_cell(e) for e in k.v]
    if v.t == 98:
        # a list keyed to a table: the table's header over an unnamed key column
        vr = _table_rows(v)
        w = max(len(s) for s in kl)
        return [" " * w + "| " + vr[0], "-" * w + "| " + vr[1]] + [kl[i].ljust(w) + "| " + vr[2 + i]
                                                                   for i in range(n)]
    vl = _value_lines(v)
    w = max(len(s) for s in kl)
    return [kl[i].ljust(w) + "| " + vl[i] for i in range(n)]


def _col_cells(c):
    if c.t == 20:
        from .enums import plain
        return _col_cells(plain(c))
    if 0 < c.t < 20:
        if c.t == 10:
            return _cells(c)
        return [_bare(c.t, v) for v in c.v.tolist()]
    if c.t == 0:
        return [_nested_cell(e) for e in c.v]
    raise QError("nyi")


def _nested_cell(e):
    """A cell of a general-list table column: atoms as kstr (`ab), numeric vectors without their
    type suffix (kdb+ shows `1 0 -1` for ints here)."""
    if e.t in (5, 6, 8, 9) and len(e.v) > 0:
        body = " ".join(item_text(e.t, v) for v in e.v.tolist())
        return ("," if len(e.v) == 1 else "") + body
    return kstr(e)


def _table_rows(tb):
    names = list(tb.k.v)
    cols = [_col_cells(c) for c in tb.v]
    widths = [max([len(nm)] + [len(s) for s in col]) for nm, col in zip(names, cols)]
    nrows = qv.count(tb)

    def line(parts):
        return " ".join(p.ljust(widths[j]) for j, p in enumerate(parts))
    header = line(names)
    dash = "-" * (sum(widths) + len(widths) - 1)
    rows = [line([cols[j][i] for j in range(len(cols))]) for i in range(nrows)]
    return [header, dash] + rows


def _keyed_table_lines(d):
    kt, vt = d.k, d.v
    kr = _table_rows(kt)
    w = max(len(s) for s in kr)
    if vt.t != 98:
        # a table keyed to a list (exec ... by c:c): no value header
        vl = _value_lines(vt)
        out = [kr[0].ljust(w) + "|", "-" * w + "| " + "-" * max([len(s) for s in vl] + [0])]
        return out + [a.ljust(w) + "| " + b for a, b in zip(kr[2:], vl)]
    vr = _table_rows(vt)
    out = [kr[0].ljust(w) + "| " + vr[0], "-" * w + "| " + vr[1]]
    for a, b in zip(kr[2:], vr[2:]):
        out.append(a.ljust(w) + "| " + b)
    return out


def show_lines(x):
    t = x.t
    if t is None:      # a view taken from its namespace shows its expression (learn/views: `. `d)
        if x.src is None:
            raise QError("nyi")
        return [x.src]
    if t == 0:
        if not x.v:
            return ["()"]
        return _list_lines(x)
    if t == 99:
        return _dict_lines(x)
    if t == 98:
        return _table_rows(x)
    if t == 101 and x is IDENTITY:
        return ["::"]
    return [kstr(x)]


def show_text(x, ip=None, oneline=False):
    """Console text of x, truncated to the console size \\c like kdb+."""
    if oneline:
        return kstr(x)
    lines = show_lines(x)
    rows, cols = (ip.console if ip is not None else (25, 80))
    out = []
    maxlines = rows - 3 if rows > 3 else 1
    for i, ln in enumerate(lines):
        if len(lines) > maxlines and i >= maxlines:
            out.append("..")
            break
        if len(ln) > cols - 1:
            ln = ln[:cols - 3] + ".."
        out.append(ln)
    return "\n".join(out)
