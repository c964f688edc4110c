"""The verb table: every glyph verb and keyword as one row (name, monad, dyad, rank, infix?).

The tokenizer/parser ask `is_infix(name)`; the evaluator looks verbs up with `VERBS[name]`.
Keyword modules (qlite/keywords/*.py) add rows with `verb(...)`; aliases share the target's Prim.
This module also holds the atomic arithmetic/comparison machinery the glyphs share.
"""
from __future__ import annotations

import numpy as np

from .errors import QError
from . import values as qv
from .values import Atom, Vec, List, Dict, Table, IDENTITY, NUMERIC, DTYPE
from .funcs import Prim, Fn, apply, apply1, apply2, index, index_deep, Lam, Proj

VERBS: dict[str, Prim] = {}
INFIX: set[str] = set()


def verb(name, monad=None, dyad=None, extra=None, infix=False, t=None, rank=None):
    """Register one row of the verb table."""
    if t is None:
        t = 102 if dyad is not None else 101
    p = Prim(name, monad, dyad, extra, t=t, infix=infix, rank=rank)
    VERBS[name] = p
    if infix:
        INFIX.add(name)
    return p


def alias(name, target):
    """`not` is `~:`: the alias row is the target's own value."""
    VERBS[name] = VERBS[target]


def is_infix(name):
    return name in INFIX


# ---- atomic machinery --------------------------------------------------------------------------

TOL = 2.0 ** -43
_NRANK = {1: 0, 4: 1, 5: 2, 6: 3, 7: 4, 8: 5, 9: 6}
_BY_RANK = {0: 1, 1: 4, 2: 5, 3: 6, 4: 7, 5: 8, 6: 9}


def num_result(tx, ty):
    """Result type of + - * on numeric types: the wider type; booleans and bytes compute as int."""
    r = _BY_RANK[max(_NRANK[tx], _NRANK[ty])]
    return 6 if r in (1, 4) else r


def conv(x, t):
    """Numbers of x (Atom or Vec, positive type tx) as numpy values of type t; int nulls become NaN in floats."""
    tx = abs(x.t)
    v = x.v
    if tx == t:
        return v
    if t in (8, 9, 15) and tx in qv.NULL_INT:
        if x.t < 0:
            return DTYPE[t](np.nan) if v == qv.NULL_INT[tx] else DTYPE[t](v)
        out = v.astype(DTYPE[t])
        m = v == qv.NULL_INT[tx]
        if m.any():
            out[m] = np.nan
        return out
    if x.t < 0:
        return DTYPE[t](v)
    return v.astype(DTYPE[t])


def int_null_conv(x, t):
    """Integer x to a wider integer type t keeping nulls and infinities as nulls/infinities of t."""
    tx = abs(x.t)
    v = x.v
    if tx == t:
        return v
    if tx in (5, 6) and t in (6, 7):
        if x.t < 0:
            if v == qv.NULL_INT[tx]:
                return DTYPE[t](qv.NULL_INT[t])
            if v == qv.INF_INT[tx]:
                return DTYPE[t](v)
            return DTYPE[t](v)
        out = v.astype(DTYPE[t])
        m = v == qv.NULL_INT[tx]
        if m.any():
            out[m] = qv.NULL_INT[t]
        return out
    return conv(x, t)


def wrap(t, r, x, y):
    """Result r of type t: atom iff both operands were atoms."""
    if x.t < 0 and y.t < 0:
        if t == 11:
            return Atom(-11, r)
        return Atom(-t, DTYPE[t](r))
    return Vec(t, np.asarray(r, dtype=DTYPE[t]) if not isinstance(r, np.ndarray) or r.dtype != DTYPE[t] else r)


def is_simple(x):
    return x.t < 0 and x.t > -20 or 0 < x.t < 20


def atomic2(fn, x, y):
    """Extend a dyad on atoms/vectors to general lists, dicts and tables (q's atomic rule)."""
    tx, ty = x.t, y.t
    sx = -20 < tx < 20 and tx != 0
    sy = -20 < ty < 20 and ty != 0
    if sx and sy:
        if tx > 0 and ty > 0 and len(x.v) != len(y.v):
            raise QError("length")
        return fn(x, y)
    if tx in (20, -20) or ty in (20, -20):
        raise QError("nyi")     # arithmetic, fill, & | on enumerations: not documented (enums.py)
    if tx >= 100 or ty >= 100:
        raise QError("type")
    if tx == 99 or ty == 99:
        if tx == 99 and ty == 99:
            return _dict_dict(fn, x, y)
        # a keyed table computes on its value table (the keys stay)
        if tx == 99:
            if x.k.t == 98 and ty >= 0:
                raise QError("nyi")
            return Dict(x.k, atomic2(fn, x.v, y))
        if y.k.t == 98 and tx >= 0:
            raise QError("nyi")
        return Dict(y.k, atomic2(fn, x, y.v))
    if tx == 98 or ty == 98:
        if tx == 98 and ty < 0:
            return Table(x.k, [atomic2(fn, c, y) for c in x.v])
        if ty == 98 and tx < 0:
            return Table(y.k, [atomic2(fn, x, c) for c in y.v])
        if tx == 98 and ty == 98:
            from .match import match
            if not match(x.k, y.k):
                raise QError("nyi")
            return Table(x.k, [atomic2(fn, a, b) for a, b in zip(x.v, y.v)])
        raise QError("nyi")
    # general list on at least one side
    if tx >= 0 and ty >= 0:
        xi, yi = qv.items(x), qv.items(y)
        if len(xi) != len(yi):
            raise QError("length")
        return qv.from_items([atomic2(fn, a, b) for a, b in zip(xi, yi)])
    if tx >= 0:
        return qv.from_items([atomic2(fn, a, y) for a in qv.items(x)])
    return qv.from_items([atomic2(fn, x, b) for b in qv.items(y)])


def _dict_dict(fn, x, y):
    from .keywords.lists import join
    kx, ky = qv.items(x.k), qv.items(y.k)
    from .match import match
    out_k = list(kx)
    out_v = list(qv.items(x.v))
    for k, v in zip(ky, qv.items(y.v)):
        for i, k2 in enumerate(out_k):
            if match(k, k2):
                out_v[i] = atomic2(fn, out_v[i], v)
                break
        else:
            out_k.append(k)
            # a key only on the right keeps its value; x-y is x+neg y, so there it is negated
            out_v.append(neg(v) if fn is _sub else v)
    return Dict(qv.from_items(out_k), qv.from_items(out_v))


def atomic1(fn, x):
    """Extend a monad on atoms/vectors to general lists, dicts and tables."""
    t = x.t
    if -20 < t < 20 and t != 0:
        return fn(x)
    if t == 0:
        return qv.from_items([atomic1(fn, e) for e in x.v])
    if t == 99:
        return Dict(x.k, atomic1(fn, x.v))
    if t == 98:
        return Table(x.k, [atomic1(fn, c) for c in x.v])
    raise QError("type")


# ---- arithmetic ----------------------------------------------------------------------------------

_TEMPORAL_ADD = {
    # (tx, ty): result type for x+y with one temporal operand and an integer offset
}

_INTS = (1, 4, 5, 6, 7)
_NJ = np.int64(-2**63)


def _temporal_arith(op, x, y):
    """Temporal + - with kdb+'s null propagation."""
    r = _temporal_arith0(op, x, y)
    mx = qv.isnull_arr(abs(x.t), x.v)
    my = qv.isnull_arr(abs(y.t), y.v)
    m = mx | my
    if np.any(m) and r.t != 0:
        rt = abs(r.t)
        nv = qv.null_value(rt)
        if r.t < 0:
            return qv.null_atom(rt)
        v = r.v.copy()
        v[np.broadcast_to(m, v.shape)] = nv
        return Vec(rt, v)
    return r


def _temporal_arith0(op, x, y):
    tx, ty = abs(x.t), abs(y.t)
    T = qv.TEMPORAL
    if 15 in (tx, ty) or (14 in (tx, ty) and {tx, ty} & {8, 9}):
        from .temporal import datetime_arith     # datetimes compute in float days
        r = datetime_arith(op, x, y)
        if r is not None:
            return r
    if op in ("+", "-") and tx in T and ty in (1, 4, 5, 6, 7) and tx != 15:
        r = _iop(op, x.v.astype(np.int64) if x.t > 0 else np.int64(x.v),
                 y.v.astype(np.int64) if y.t > 0 else np.int64(y.v))
        return _temporal_result(tx, r, x, y)
    if op == "+" and ty in T and tx in (1, 4, 5, 6, 7) and ty != 15:
        r = _iop(op, x.v.astype(np.int64) if x.t > 0 else np.int64(x.v), y.v.astype(np.int64) if y.t > 0 else np.int64(y.v))
        return _temporal_result(ty, r, x, y)
    if op == "-" and tx == ty and tx in T and tx != 15:
        r = _iop(op, x.v.astype(np.int64) if x.t > 0 else np.int64(x.v), y.v.astype(np.int64) if y.t > 0 else np.int64(y.v))
        # date and month differences are ints; times of day keep their type (.z.T-t0 is a time)
        rt = {14: 6, 13: 6, 12: 16, 16: 16, 17: 17, 18: 18, 19: 19}[tx]
        return wrap(rt, r, x, y)
    # date + time-of-day/timespan -> timestamp
    pair = (tx, ty) if op == "+" else None
    NS = {16: 1, 19: 1_000_000, 18: 1_000_000_000, 17: 60_000_000_000}
    if op in ("+", "-") and tx == 14 and ty in NS:
        a = (x.v.astype(np.int64) if x.t > 0 else np.int64(x.v)) * np.int64(86_400_000_000_000)
        b = (y.v.astype(np.int64) if y.t > 0 else np.int64(y.v)) * np.int64(NS[ty])
        return wrap(12, a + b if op == "+" else a - b, x, y)
    if op == "+" and ty == 14 and tx in NS:
        return _temporal_arith(op, y, x)
    if op in ("+", "-") and tx == 12 and ty in NS:
        b = (y.v.astype(np.int64) if y.t > 0 else np.int64(y.v)) * np.int64(NS[ty])
        return wrap(12, x.v + b if op == "+" else x.v - b, x, y)
    if op == "+" and ty == 12 and tx in NS:
        return _temporal_arith(op, y, x)
    if op in ("+", "-") and tx in NS and ty in NS:
        # times of day and timespans (ref/add, ref/subtract tables): the finer type wins, n over t over
        # v over u, and the coarser operand counts in its units (as date + time counts in nanoseconds)
        rt = max(tx, ty, key=(17, 18, 19, 16).index)
        a = (x.v.astype(np.int64) if x.t > 0 else np.int64(x.v)) * np.int64(NS[tx] // NS[rt])
        b = (y.v.astype(np.int64) if y.t > 0 else np.int64(y.v)) * np.int64(NS[ty] // NS[rt])
        return wrap(rt, a + b if op == "+" else a - b, x, y)
    if op == "*" and (tx in NS and ty in _INTS or ty in NS and tx in _INTS):
        # ref/multiply table: a time of day or timespan times an integer keeps its type
        r = _iop(op, x.v.astype(np.int64) if x.t > 0 else np.int64(x.v),
                 y.v.astype(np.int64) if y.t > 0 else np.int64(y.v))
        return wrap(tx if tx in NS else ty, r, x, y)
    if op == "*" and (tx in NS and ty == 9 or ty in NS and tx == 9):
        # ref/multiply table: times a float gives a float count of the temporal's units
        a = x.v.astype(np.float64) if x.t > 0 else np.float64(x.v)
        b = y.v.astype(np.float64) if y.t > 0 else np.float64(y.v)
        return wrap(9, a * b, x, y)
    raise QError("type") if (tx in (10, 11) or ty in (10, 11)) else QError("nyi")


def _temporal_result(t, r, x, y):
    return wrap(t, r, x, y)


def _iop(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    return a * b


def _int_nulls(r, a, b, t):
    """Integer arithmetic wraps like kdb+, but a null operand gives a null result."""
    nv = qv.NULL_INT[t]
    if isinstance(r, np.ndarray):
        # the null is the smallest value: one min() pass finds whether any operand has one
        an = isinstance(a, np.ndarray) and a.size and a.min() == nv or not isinstance(a, np.ndarray) and a == nv
        bn = isinstance(b, np.ndarray) and b.size and b.min() == nv or not isinstance(b, np.ndarray) and b == nv
        if an or bn:
            m = (a == nv) | (b == nv)
            r = np.where(m, DTYPE[t](nv), r)
        return r
    if a == nv or b == nv:
        return DTYPE[t](nv)
    return r


def _arith(op, npf):
    def f(x, y):
        tx, ty = x.t, y.t
        if tx == ty and (tx == -9 or tx == 9):
            r = npf(x.v, y.v)
            return Atom(tx, r) if tx < 0 else Vec(tx, r)
        ax, ay = abs(tx), abs(ty)
        if ax in _NRANK and ay in _NRANK:
            rt = num_result(ax, ay)
            if rt in (8, 9):
                r = npf(conv(x, rt), conv(y, rt))
            else:
                a, b = int_null_conv(x, rt), int_null_conv(y, rt)
                r = _int_nulls(npf(a, b), a, b, rt)
            return wrap(rt, r, x, y)
        if ax in qv.TEMPORAL or ay in qv.TEMPORAL:
            return _temporal_arith(op, x, y)
        raise QError("type")
    return f


_add = _arith("+", np.add)
_sub = _arith("-", np.subtract)
_mul = _arith("*", np.multiply)


def add(x, y):
    """Add (ref/add): atomic; type is the wider of the two, booleans/bytes as int; temporal + int."""
    if x.t == -7 and y.t == -7:
        a, b = x.v, y.v
        if a == _NJ or b == _NJ:
            return Atom(-7, np.int64(_NJ))
        return Atom(-7, a + b)
    return atomic2(_add, x, y)


def sub(x, y):
    """Subtract (ref/subtract)."""
    if x.t == -7 and y.t == -7:
        a, b = x.v, y.v
        if a == _NJ or b == _NJ:
            return Atom(-7, np.int64(_NJ))
        return Atom(-7, a - b)
    return atomic2(_sub, x, y)


def mul(x, y):
    """Multiply (ref/multiply)."""
    if x.t == -7 and y.t == -7:
        a, b = x.v, y.v
        if a == _NJ or b == _NJ:
            return Atom(-7, np.int64(_NJ))
        return Atom(-7, a * b)
    return atomic2(_mul, x, y)


def _fdiv(x, y):
    ax, ay = abs(x.t), abs(y.t)
    if ax == 10 and ay == 10:
        a, b = x.v.astype(np.float64) if x.t > 0 else np.float64(x.v), y.v.astype(np.float64) if y.t > 0 else np.float64(y.v)
        return wrap(9, a / b, x, y)
    if ax in _NRANK and ay in _NRANK:
        rt = 8 if ax == 8 and ay == 8 else 9
        return wrap(rt, np.true_divide(conv(x, rt), conv(y, rt)), x, y)
    if ax in (14, 16, 12, 13, 17, 18, 19) and (ay == ax or ay in _NRANK):
        a = x.v.astype(np.float64) if x.t > 0 else np.float64(x.v)
        b = conv(y, 9) if ay in _NRANK else (y.v.astype(np.float64) if y.t > 0 else np.float64(y.v))
        return wrap(9, a / b, x, y)
    raise QError("type")


def divide(x, y):
    """Divide (ref/divide): always float."""
    return atomic2(_fdiv, x, y)


def _fneg(x):
    t = abs(x.t)
    if t in (5, 6, 7, 8, 9) or t in (12, 16, 17, 18, 19, 13, 14):
        return Atom(x.t, -x.v) if x.t < 0 else Vec(t, -x.v)
    if t in (1, 4):
        v = conv(x, 6)
        return Atom(-6, -v) if x.t < 0 else Vec(6, -v)
    raise QError("type")


def neg(x):
    """Negate (ref/neg): atomic; booleans and bytes become int."""
    return atomic1(_fneg, x)


# ---- min/max, comparison -------------------------------------------------------------------------

def _minmax(is_max):
    def f(x, y):
        ax, ay = abs(x.t), abs(y.t)
        if ax == 1 and ay == 1:
            r = np.logical_or(x.v, y.v) if is_max else np.logical_and(x.v, y.v)
            return wrap(1, r, x, y)
        if ax in _NRANK and ay in _NRANK:
            rt = _BY_RANK[max(_NRANK[ax], _NRANK[ay])]
            if rt in (8, 9):
                a, b = conv(x, rt), conv(y, rt)
                if is_max:
                    r = np.fmax(a, b)
                else:
                    r = np.where(np.isnan(a) | np.isnan(b), np.nan, np.fmin(a, b))
            else:
                a, b = int_null_conv(x, rt), int_null_conv(y, rt)
                r = np.maximum(a, b) if is_max else np.minimum(a, b)
            return wrap(rt, r, x, y)
        if ax == ay and ax in (10,) + qv.TEMPORAL:
            r = np.maximum(x.v, y.v) if is_max else np.minimum(x.v, y.v)
            return wrap(ax, r, x, y)
        if (ax == 10 and ay in (1, 4, 5, 6, 7)) or (ay == 10 and ax in (1, 4, 5, 6, 7)):
            # 98|"a" is "b": a char with an integer gives a char (ref/greater)
            a = x.v.astype(np.int64) if x.t > 0 else np.int64(x.v)
            b = y.v.astype(np.int64) if y.t > 0 else np.int64(y.v)
            r = np.maximum(a, b) if is_max else np.minimum(a, b)
            return wrap(10, np.asarray(r) % 256, x, y)
        if ax == 11 and ay == 11:
            raise QError("type")
        raise QError("type")
    return f


_max = _minmax(True)
_min = _minmax(False)


def greater(x, y):
    """Greater/or (ref/greater): atomic max; on booleans, or."""
    return atomic2(_max, x, y)


def lesser(x, y):
    """Lesser/and (ref/lesser): atomic min; on booleans, and."""
    return atomic2(_min, x, y)


def _cmp_operands(x, y):
    """Comparable numpy operands for x and y, and whether float null rules apply."""
    ax, ay = abs(x.t), abs(y.t)
    if ax in _NRANK and ay in _NRANK:
        if ax in (8, 9) or ay in (8, 9):
            return conv(x, 9), conv(y, 9), True
        return int_null_conv(x, 7) if ax != 7 else x.v, int_null_conv(y, 7) if ay != 7 else y.v, False
    if ax == ay:
        if ax == 15:
            return x.v, y.v, True
        return x.v, y.v, False
    if ax in qv.TEMPORAL and ay in qv.TEMPORAL:
        from .temporal import comparable
        return _cmp_operands(*comparable(x, y))
    if (ax in qv.TEMPORAL and ay in _NRANK) or (ay in qv.TEMPORAL and ax in _NRANK):
        if ax in (8, 9) or ay in (8, 9):
            raise QError("nyi")
        return x.v.astype(np.int64) if x.t > 0 else np.int64(x.v), y.v.astype(np.int64) if y.t > 0 else np.int64(y.v), False
    if ax == 11 or ay == 11:
        raise QError("type")
    if (ax == 10 and ay in _NRANK) or (ay == 10 and ax in _NRANK):
        # chars compare by their numeric value (basics/comparison)
        if ax in (8, 9) or ay in (8, 9):
            return conv(x, 9) if ax != 10 else (x.v.astype(np.float64) if x.t > 0 else np.float64(x.v)), \
                conv(y, 9) if ay != 10 else (y.v.astype(np.float64) if y.t > 0 else np.float64(y.v)), True
        return (x.v.astype(np.int64) if x.t > 0 else np.int64(x.v)), (y.v.astype(np.int64) if y.t > 0 else np.int64(y.v)), False
    raise QError("type")


def _cmp(kind):
    def f(x, y):
        a, b, fl = _cmp_operands(x, y)
        if x.t == -11 or x.t == 11:
            a = a if x.t == 11 else a
        if fl:
            na, nb = np.isnan(a), np.isnan(b)
            # floats compare within kdb+'s comparison tolerance (2^-43 relative)
            teq = (a == b) | (np.abs(a - b) <= TOL * np.maximum(np.abs(a), np.abs(b))) | (na & nb)
            if kind == "=":
                r = teq
            elif kind == "<":
                r = (((a < b) & ~na) | (na & ~nb)) & ~teq
            elif kind == ">":
                r = (((a > b) & ~nb) | (nb & ~na)) & ~teq
            elif kind == "<=":
                r = ~((((a > b) & ~nb) | (nb & ~na)) & ~teq)
            elif kind == ">=":
                r = ~((((a < b) & ~na) | (na & ~nb)) & ~teq)
            else:
                r = ~teq
        else:
            if kind == "=":
                r = a == b
            elif kind == "<":
                r = a < b
            elif kind == ">":
                r = a > b
            elif kind == "<=":
                r = a <= b
            elif kind == ">=":
                r = a >= b
            else:
                r = a != b
        return wrap(1, r, x, y)
    return f


_eq, _lt, _gt, _le, _ge, _ne = (_cmp(k) for k in ("=", "<", ">", "<=", ">=", "<>"))


def equal(x, y):
    """Equal (ref/equal): atomic value comparison across numeric types; nulls are equal."""
    if x.t == -7 and y.t == -7:
        return Atom(-1, np.bool_(x.v == y.v))
    return atomic2(_eq, x, y)


def less(x, y):
    """Less Than (ref/less-than): nulls are less than everything."""
    if x.t == -7 and y.t == -7:
        return Atom(-1, np.bool_(x.v < y.v))
    return atomic2(_lt, x, y)


def more(x, y):
    if x.t == -7 and y.t == -7:
        return Atom(-1, np.bool_(x.v > y.v))
    return atomic2(_gt, x, y)


def less_eq(x, y):
    return atomic2(_le, x, y)


def more_eq(x, y):
    return atomic2(_ge, x, y)


def not_equal(x, y):
    return atomic2(_ne, x, y)


def truthy(x) -> bool:
    """Condition of if/while/$[;;]: a non-zero atom."""
    t = x.t
    if t == -1:
        return bool(x.v)
    if t < 0:
        if t == -11:
            raise QError("type")
        return bool(x.v != 0)   # NaN counts as true, like q's non-zero test
    raise QError("type")


# ---- output handles --------------------------------------------------------------------------------

def handle_write(h, x):
    """-1 "text" / 1 "text" / -2 / 2: write a string (or list of strings) to stdout/stderr."""
    from . import interpreter
    ip = interpreter.CURRENT
    if h in (1, -1):
        out = ip.stdout
    elif h in (2, -2):
        out = ip.stderr
    else:
        if h == 0:
            raise QError("nyi")
        raise QError("access" if ip.sandbox else "nyi")
    if x.t == 10 or x.t == -10:
        text = qv.pystr(x)
        out.write(text + ("\n" if h < 0 else ""))
    elif x.t == 0 and all(e.t == 10 or e.t == -10 for e in x.v):
        for e in x.v:
            out.write(qv.pystr(e) + "\n")
    elif x.t == 0 and not x.v:
        pass
    else:
        raise QError("type")
    return Atom(-7, np.int64(h)) if h < 0 else Atom(-7, np.int64(h))


# ---- fold fast paths used by iterators -------------------------------------------------------------

def _sum(x):
    t = x.t
    v = x.v
    if t in (8, 9):
        # left to right like kdb+ (numpy's pairwise sum rounds differently: basics/precision)
        r = np.cumsum(np.where(np.isnan(v), 0, v))[-1] if len(v) else 0
        return Atom(-t, DTYPE[t](r))
    if t in (5, 6, 7):
        rt = t
        if len(v) and v.min() == qv.NULL_INT[t]:
            r = v[v != qv.NULL_INT[t]].sum(dtype=DTYPE[rt])
        else:
            r = v.sum(dtype=DTYPE[rt])
        return Atom(-rt, DTYPE[rt](r))
    if t in (1, 4):
        return Atom(-6, np.int32(v.sum(dtype=np.int32)))
    if t in (16, 17, 18, 19):
        # +/ of times of day or timespans keeps their type (ref/add table: u+u is u, n+n is n)
        m = v != qv.NULL_INT[t]
        return Atom(-t, DTYPE[t](v[m].sum(dtype=DTYPE[t])))
    raise QError("type")


def _sums(x):
    t = x.t
    v = x.v
    if t in (8, 9):
        return Vec(t, np.cumsum(np.where(np.isnan(v), 0, v)).astype(DTYPE[t]))
    if t in (5, 6, 7):
        m = v == qv.NULL_INT[t]
        w = np.where(m, 0, v) if m.any() else v
        return Vec(t, np.cumsum(w, dtype=DTYPE[t]))
    if t in (1, 4):
        return Vec(6, np.cumsum(v, dtype=np.int32))
    if t in (16, 17, 18, 19):
        # +\ of times of day or timespans keeps their type (ref/add table), nulls counting as zero
        m = v == qv.NULL_INT[t]
        return Vec(t, np.cumsum(np.where(m, 0, v) if m.any() else v, dtype=DTYPE[t]))
    raise QError("type")


def _prd(x):
    t = x.t
    v = x.v
    if t in (8, 9):
        return Atom(-t, DTYPE[t](np.nanprod(v)))
    if t in (5, 6, 7):
        m = v != qv.NULL_INT[t]
        return Atom(-t, DTYPE[t](np.prod(v[m], dtype=DTYPE[t])))
    if t in (1, 4):
        return Atom(-6, np.int32(np.prod(v, dtype=np.int32)))
    raise QError("type")


def _prds(x):
    t = x.t
    v = x.v
    if t in (8, 9):
        return Vec(t, np.cumprod(np.where(np.isnan(v), 1, v)).astype(DTYPE[t]))
    if t in (5, 6, 7):
        m = v == qv.NULL_INT[t]
        return Vec(t, np.cumprod(np.where(m, 1, v), dtype=DTYPE[t]))
    if t in (1, 4):
        return Vec(6, np.cumprod(v, dtype=np.int32))
    raise QError("type")


def _max_of(x):
    t = x.t
    v = x.v
    if t == 1:
        return Atom(-1, np.bool_(v.any()))
    if t in (8, 9):
        if len(v) == 0:
            return Atom(-t, DTYPE[t](-np.inf))
        r = v.max()
        if r != r:
            if np.isnan(v).all():
                return Atom(-t, DTYPE[t](-np.inf))
            r = np.nanmax(v)
        return Atom(-t, DTYPE[t](r))
    if t in (5, 6, 7) + qv.TEMPORAL and t != 15:
        if len(v) == 0:
            return Atom(-t, DTYPE[t](-qv.INF_INT[t]))
        r = v.max()
        if r == qv.NULL_INT[t]:
            return Atom(-t, DTYPE[t](-qv.INF_INT[t]))
        return Atom(-t, r)
    if t in (4, 10):
        if len(v) == 0:
            raise QError("nyi")
        return Atom(-t, v.max())
    raise QError("type")


def _min_of(x):
    t = x.t
    v = x.v
    if t == 1:
        return Atom(-1, np.bool_(v.all()))
    if t in (8, 9):
        if len(v) == 0 or np.isnan(v).all():
            return Atom(-t, DTYPE[t](np.inf))
        return Atom(-t, DTYPE[t](np.nanmin(v)))
    if t in (5, 6, 7) + qv.TEMPORAL and t != 15:
        if len(v) == 0:
            return Atom(-t, DTYPE[t](qv.INF_INT[t]))
        m = v != qv.NULL_INT[t]
        if not m.any():
            return Atom(-t, DTYPE[t](qv.INF_INT[t]))
        return Atom(-t, v[m].min())
    if t in (4, 10):
        if len(v) == 0:
            raise QError("nyi")
        return Atom(-t, v.min())
    raise QError("type")


def _maxs(x):
    t = x.t
    v = x.v
    if t in (8, 9):
        w = np.where(np.isnan(v), -np.inf, v)
        return Vec(t, np.maximum.accumulate(w).astype(DTYPE[t]))
    if t in (5, 6, 7) + qv.TEMPORAL and t != 15:
        w = np.where(v == qv.NULL_INT[t], -qv.INF_INT[t], v).astype(DTYPE[t])
        return Vec(t, np.maximum.accumulate(w))
    if t in (1, 4, 10):
        return Vec(t, np.maximum.accumulate(v))
    raise QError("type")


def _mins(x):
    t = x.t
    v = x.v
    if t in (8, 9):
        # a null is the minimum; it stays once seen
        out = np.minimum.accumulate(np.where(np.isnan(v), -np.inf, v))
        seen = np.logical_or.accumulate(np.isnan(v))
        out = np.where(seen, np.nan, out)
        return Vec(t, out.astype(DTYPE[t]))
    if t in (5, 6, 7) + qv.TEMPORAL and t != 15:
        m = v == qv.NULL_INT[t]
        if m.all() if len(v) else False:
            pass
        w = np.where(m, qv.INF_INT[t], v).astype(DTYPE[t])
        return Vec(t, np.minimum.accumulate(w))
    if t in (1, 4, 10):
        return Vec(t, np.minimum.accumulate(v))
    raise QError("type")


FOLD_FAST = {("+", False): _sum, ("+", True): _sums, ("*", False): _prd, ("*", True): _prds,
             ("|", False): _max_of, ("&", False): _min_of, ("|", True): _maxs, ("&", True): _mins}


def find_keys(keys, k, atom):
    """Position(s) of k in keys (count keys where missing) — the engine of dict lookup and `?`."""
    from .keywords.lists import find
    r = find(keys, k)
    if atom:
        return int(r.v) if r.t < 0 else int(r.v[0])
    return r


# the glyph rows and keywords are registered by the modules below
from .keywords import core as _core  # noqa: E402,F401
from .keywords import math as _math  # noqa: E402,F401
from .keywords import lists as _lists  # noqa: E402,F401
from .keywords import strings as _strings  # noqa: E402,F401
from .keywords import tables as _tables  # noqa: E402,F401
from .keywords import dotq as _dotq  # noqa: E402,F401
from .keywords import dotq_codecs as _dotq_codecs  # noqa: E402,F401
from .keywords import stats as _stats  # noqa: E402,F401
from .keywords import doth as _doth  # noqa: E402,F401
from .keywords import matrix as _matrix  # noqa: E402,F401
from .keywords import namespaces as _namespaces  # noqa: E402,F401


def _system_forms_first(dyad):
    """0N!x (display) and -n!x (internal functions) are never table keying, whatever module wraps `!`."""
    from .keywords.core import dict_

    def bang(x, y):
        if x.t in (-7, -6, -5) and (int(x.v) < 0):
            return dict_(x, y)
        return dyad(x, y)
    return bang


VERBS["!"].dyad = _system_forms_first(VERBS["!"].dyad)
