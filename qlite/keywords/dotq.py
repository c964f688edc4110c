"""Pure-computation helpers of the .Q, .j and .z namespaces: .Q.s .Q.f .Q.fmt .Q.trp .Q.addmonths,
.j.j .j.k (ref/dotq, ref/dotj, ref/dotz)."""
from __future__ import annotations

import json
import math
import time

import numpy as np

from ..errors import QError
from .. import values as qv
from ..values import Atom, Vec, List, Dict, Table, IDENTITY
from ..funcs import Fn, apply, apply1
from ..verbs import verb, VERBS


def _ip():
    from .. import interpreter
    return interpreter.CURRENT


def q_s(x):
    """.Q.s: the console text of x as a string, with its trailing newline."""
    from ..format import show_text
    if x is IDENTITY:
        return qv.string("")
    return qv.string(show_text(x, _ip()) + "\n")


def _num(x):
    t = abs(x.t)
    if t in (1, 4, 5, 6, 7, 8, 9) and x.t < 0:
        v = x.v
        if t in (5, 6, 7) and int(v) == qv.NULL_INT[t]:
            return float("nan")
        return float(v)
    raise QError("type")


def q_f(d, x):
    """.Q.f[d;x]: x formatted with d decimals (fixed point)."""
    if x.t >= 0:
        if 0 < x.t < 20 or x.t == 0:
            return List([q_f(d, e) for e in qv.items(x)])
        raise QError("type")
    n = int(d.v)
    v = _num(x)
    if v != v:
        return qv.string("")
    if math.isinf(v):
        raise QError("nyi")
    if v < 0:
        return qv.string("-" + qv.pystr(q_f(d, Atom(-9, np.float64(-v)))))
    m = v * 10.0 ** n + 0.5
    if n < 0 or m >= 1e15:
        return qv.string("%.*f" % (max(n, 0), v))
    # q rounds half up through its tolerant floor (_.5+y*10 xexp x): .Q.f[0;2.5] is "3", .Q.f[2;.045] "0.05"
    r = math.floor(m)
    tol = 2.0 ** -43 * m
    if tol < 0.5 and (r + 1) - m <= tol:     # past 2^42 the tolerance would swallow whole units
        r += 1
    digits = str(r).rjust(n + 1, "0")
    return qv.string(digits[:len(digits) - n] + ("." + digits[len(digits) - n:] if n else ""))


def q_fmt(w, d, x):
    """.Q.fmt[w;d;x]: x with d decimals right-aligned in width w; too wide gives w stars."""
    if x.t >= 0:
        return List([q_fmt(w, d, e) for e in qv.items(x)])
    width = int(w.v)
    s = q_f(d, x)
    text = qv.pystr(s)
    if len(text) > width:
        return qv.string("*" * width)
    return qv.string(text.rjust(width))


def q_trp(f, x, h):
    """.Q.trp[f;x;h]: like @[f;x;h] with h given the error text and a backtrace (here an empty list)."""
    try:
        return apply(f, [x])
    except QError as e:
        ip = _ip()
        if e.name == "nyi" or e.name in ("stop", "wsfull", "stack") and ip.budget_hit:
            raise
        return apply(h, [qv.string(e.name), List([])])


def q_addmonths(x, y):
    """.Q.addmonths[d;n]: date d plus n months (day overflow rolls into the next month, as kdb+)."""
    from .strings import cast_to
    from ..verbs import add
    m = cast_to(13, x)
    first = cast_to(14, add(m, y))
    day = add(x, qv.long(0))
    from ..verbs import sub
    offset = sub(x, cast_to(14, m))
    return add(first, offset)


# ---- JSON ---------------------------------------------------------------------------------------------

def _jnum(v):
    if v != v:
        return "null"
    if v == float("inf"):
        return "inf"
    if v == float("-inf"):
        return "-inf"
    if float(v).is_integer() and abs(v) < 1e17:
        return str(int(v))
    return repr(float(v))


def _jatom(t, v):
    if t == 1:
        return "true" if v else "false"
    if t in (5, 6, 7):
        if int(v) == qv.NULL_INT[t]:
            return "null"
        return str(int(v))
    if t in (8, 9):
        return _jnum(float(v))
    if t == 4:
        return str(int(v))
    if t == 10:
        return json.dumps(chr(int(v)))
    if t == 11:
        return json.dumps(v)
    raise QError("nyi")


def _j(x):
    t = x.t
    if t < 0:
        return _jatom(-t, x.v)
    if t == 10:
        return json.dumps(qv.pystr(x), ensure_ascii=False)
    if 0 < t < 20:
        return "[" + ",".join(_jatom(t, v) for v in x.v.tolist()) + "]"
    if t == 0:
        return "[" + ",".join(_j(e) for e in x.v) + "]"
    if t == 99:
        if x.k.t != 11:
            raise QError("nyi")
        return "{" + ",".join(json.dumps(k) + ":" + _j(v) for k, v in zip(x.k.v.tolist(), qv.items(x.v))) + "}"
    if t == 98:
        return "[" + ",".join(_j(r) for r in qv.items(x)) + "]"
    raise QError("nyi")


def j_j(x):
    """.j.j: q to JSON text."""
    return qv.string(_j(x))


def _k(v):
    if v is None:
        return Atom(-9, np.float64(np.nan))
    if isinstance(v, bool):
        return Atom(-1, np.bool_(v))
    if isinstance(v, (int, float)):
        return Atom(-9, np.float64(v))
    if isinstance(v, str):
        return qv.string(v)
    if isinstance(v, list):
        items = [_k(e) for e in v]
        if not items:
            return List([])
        return qv.from_items(items)
    if isinstance(v, dict):
        if not v:
            return Dict(List([]), List([]))
        return Dict(qv.syms(list(v.keys())), qv.from_items([_k(e) for e in v.values()]))
    raise QError("nyi")


def j_k(x):
    """.j.k: JSON text to q (numbers are floats, objects dicts, lists of like objects tables)."""
    if x.t not in (10, -10):
        raise QError("type")
    try:
        v = json.loads(qv.pystr(x))
    except ValueError:
        raise QError("nyi")
    return _k(v)


# ---- .z clock (UTC, like .z.p .z.d .z.t; local forms .z.P .z.D .z.T use the host's zone) -------------

def _now_ns(local):
    ns = time.time_ns()
    if local:
        ns += int(time.localtime().tm_gmtoff) * 1_000_000_000
    return ns - 946_684_800 * 1_000_000_000


def z_value(name):
    ns = _now_ns(name[-1].isupper())
    day = ns // 86_400_000_000_000
    tod = ns % 86_400_000_000_000
    k = name[-1].lower()
    if k == "p":
        return qv.atom(12, ns)
    if k == "d":
        return qv.atom(14, day)
    if k == "t":
        return qv.atom(19, tod // 1_000_000)
    if k == "n":
        return qv.atom(16, tod)
    if k == "z":
        return qv.atom(15, ns / 86_400_000_000_000)
    raise QError("nyi")


def q_ty(x):
    """.Q.ty x (ref/dotq): the type char of a list, as meta shows a column: lower case for a vector,
    upper case for a list whose first item is a vector, blank otherwise (.Q.ty each t`a`b`c is "jc ")."""
    from .tables import _meta_char
    if x.t < 0 or x.t >= 98:
        raise QError("nyi")
    return qv.char(_meta_char(x))


def q_ft(f, t):
    """.Q.ft[f;t] (ref/dotq): f applied to a table; a keyed table is unkeyed first and keyed again on as
    many columns: .Q.ft[{x 2 3};s] is rows 2 3 of s, still keyed."""
    from .. import tables as T
    if T.is_keyed(t):
        n = len(t.k.v)
        return VERBS["!"].dyad(Atom(-7, np.int64(n)), apply1(f, T.unkey(t)))
    if t.t == 98:
        return apply1(f, t)
    raise QError("nyi")


verb(".Q.ty", q_ty, None, t=100)
verb(".Q.ft", None, q_ft, t=100)
verb(".Q.s", q_s, None, t=100)
verb(".Q.f", None, q_f, t=100)
verb(".Q.fmt", None, None, extra=q_fmt, t=100, rank=3)
verb(".Q.trp", None, None, extra=q_trp, t=100, rank=3)
verb(".Q.addmonths", None, q_addmonths, t=100)
verb(".j.j", j_j, None, t=100)
verb(".j.k", j_k, None, t=100)


def eval_(x):
    """eval (ref/eval): evaluate a parse tree — a list whose first item is applied to the evaluated
    rest; a symbol is a name; anything else is itself."""
    t = x.t
    if t == -11:
        return _ip().get_global(x.v)
    if t == 11 and len(x.v) == 1:
        return Atom(-11, x.v[0])
    if t == 0 and len(x.v) == 1:
        return x.v[0]       # a one-item list quotes its item: ,,(=;`c;,`a) is the where list of (?;...)
    if t == 0 and len(x.v) == 3 and x.v[1].t == -11 and (x.v[0] is IDENTITY or x.v[0] is VERBS.get(":") or x.v[0] is VERBS.get("::")):
        # (:;`a;v) and (::;`a;v) assign (the global a: eval runs at top level)
        v = eval_(x.v[2])
        _ip().set_global(x.v[1].v, v)
        return v
    if t == 0 and x.v:
        f = x.v[0]
        if f.t == -11:
            f = _ip().get_global(f.v)
        elif f.t == 0:
            f = eval_(f)
        args = [eval_(a) for a in reversed(x.v[1:])]
        args.reverse()
        return apply(f, args)
    return x


verb("eval", eval_, None, t=101)
