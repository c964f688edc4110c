"""Arithmetic and maths keywords: abs sqrt exp log floor ceiling signum reciprocal not mod div xexp xlog,
aggregates (sum prd max min avg med var dev) and uniforms (sums prds maxs mins avgs).
"""
from __future__ import annotations

import numpy as np

from ..errors import QError
from .. import values as qv
from ..values import Atom, Vec, List, Dict, Table, DTYPE
from ..verbs import atomic1, atomic2, conv, int_null_conv, num_result, _NRANK, _BY_RANK, FOLD_FAST, wrap

_NUM = (1, 4, 5, 6, 7, 8, 9)


def _float_monad(npf, keep_real=True):
    def f(x):
        t = abs(x.t)
        if t in qv.TEMPORAL and t != 15:
            # temporal values count their units (sqrt 12:00:00.000000000 is 6572671f)
            v = x.v.astype(np.float64) if x.t > 0 else np.float64(x.v)
            v = np.where(qv.isnull_arr(t, x.v), np.nan, v)
            r = npf(v)
            return Atom(-9, np.float64(r)) if x.t < 0 else Vec(9, np.asarray(r, dtype=np.float64))
        if t not in _NUM:
            raise QError("type")
        rt = 8 if (t == 8 and keep_real) else 9
        r = npf(conv(x, rt))
        return Atom(-rt, DTYPE[rt](r)) if x.t < 0 else Vec(rt, np.asarray(r, dtype=DTYPE[rt]))
    return lambda x: atomic1(f, x)


sqrt = _float_monad(np.sqrt)
exp = _float_monad(np.exp)
log = _float_monad(np.log)
reciprocal = _float_monad(lambda v: np.true_divide(1.0, v))
sin = _float_monad(np.sin)
cos = _float_monad(np.cos)
tan = _float_monad(np.tan)
asin = _float_monad(np.arcsin)
acos = _float_monad(np.arccos)
atan = _float_monad(np.arctan)


def _abs1(x):
    t = abs(x.t)
    if t in (5, 6, 7, 8, 9):
        return Atom(x.t, np.abs(x.v)) if x.t < 0 else Vec(t, np.abs(x.v))
    if t in (1, 4):
        v = conv(x, 6)
        return Atom(-6, v) if x.t < 0 else Vec(6, v)
    if t in (12, 13, 14, 16, 17, 18, 19):
        return Atom(x.t, np.abs(x.v)) if x.t < 0 else Vec(t, np.abs(x.v))
    raise QError("type")


def abs_(x):
    """abs (ref/abs): absolute value; booleans/bytes as int."""
    return atomic1(_abs1, x)


_TOL = 2.0 ** -44   # floor/ceiling: floor 2-1e-13 is 2 but floor 1-1.0003e-13 is 0 (ref/floor, basics/precision)


def _round(is_floor):
    def f(x):
        t = abs(x.t)
        if t in (8, 9):
            v = x.v.astype(np.float64) if x.t > 0 else np.float64(x.v)
            nan = np.isnan(v)
            inf = np.isinf(v)
            w = np.where(nan | inf, 0, v)
            # tolerant: a value within comparison tolerance of the next integer rounds to it
            if is_floor:
                r = np.floor(w)
                up = np.ceil(w)
                r = np.where((up - w) <= _TOL * np.abs(w), up, r)
            else:
                r = np.ceil(w)
                dn = np.floor(w)
                r = np.where((w - dn) <= _TOL * np.abs(w), dn, r)
            r = r.astype(np.int64)
            if np.any(nan):
                r = np.where(nan, qv.NULL_INT[7], r)
            if np.any(inf):
                r = np.where(inf, np.where(v > 0, qv.INF_INT[7], -qv.INF_INT[7]), r)
            return Atom(-7, np.int64(r)) if x.t < 0 else Vec(7, np.asarray(r, dtype=np.int64))
        if t in (5, 6, 7):
            return x
        if t in (1, 4):
            v = conv(x, 6)
            return Atom(-6, v) if x.t < 0 else Vec(6, v)
        raise QError("type")
    return lambda x: atomic1(f, x)


floor = _round(True)
ceiling = _round(False)


def _signum1(x):
    t = abs(x.t)
    if t in _NUM or t in (12, 13, 14, 15, 16, 17, 18, 19):
        v = x.v
        if t in (8, 9):
            r = np.where(np.isnan(v), -1, np.sign(v)).astype(np.int32)
        elif t == 15:
            r = np.where(np.isnan(v), -1, np.sign(v)).astype(np.int32)
        elif t in qv.NULL_INT:
            r = np.where(v == qv.NULL_INT[t], -1, np.sign(v)).astype(np.int32)
        else:
            r = np.sign(v.astype(np.int32) if x.t > 0 else np.int32(v)).astype(np.int32)
        return Atom(-6, np.int32(r)) if x.t < 0 else Vec(6, r)
    raise QError("type")


def signum(x):
    """signum (ref/signum): -1 0 1 as int; nulls are -1."""
    return atomic1(_signum1, x)


def _not1(x):
    t = abs(x.t)
    if t in _NUM or t in qv.TEMPORAL or t == 10:
        v = x.v
        r = v == 0
        return Atom(-1, np.bool_(r)) if x.t < 0 else Vec(1, np.asarray(r, dtype=bool))
    raise QError("type")


def not_(x):
    """not (ref/not): is zero."""
    return atomic1(_not1, x)


def _intdiv_type(tx, ty, is_mod=False):
    """div/mod: float if either is float; else the left argument's type (bool/byte/short/char as int);
    a temporal mod gives a long (time mod 1000 is 139)."""
    if is_mod and tx in qv.TEMPORAL:
        return 7
    if tx in (8, 9) or ty in (8, 9):
        return 9 if 9 in (tx, ty) or tx != ty else 8
    if tx in (1, 4, 5, 10):
        return 6
    return tx


def _has_null(x, t):
    if x.t < 0:
        return x.v == qv.NULL_INT[t]
    return len(x.v) > 0 and x.v.min() == qv.NULL_INT[t]


def _intdiv(is_mod):
    def f(x, y):
        tx, ty = abs(x.t), abs(y.t)
        okx = tx in _NUM or tx == 10 or tx in qv.TEMPORAL and tx != 15
        # ref/div table: a temporal on the right divides by its underlying count (n div n is n)
        oky = ty in _NUM or ty == 10 or not is_mod and ty in qv.TEMPORAL and ty != 15
        if not (okx and oky):
            raise QError("type")
        if not is_mod and tx in qv.TEMPORAL and ty in (8, 9):
            raise QError("nyi")     # ref/div: n div f is n, but not how the float quotient rounds
        rt = _intdiv_type(tx, ty, is_mod)
        if rt in (8, 9):
            a = conv(x, 9) if tx in _NUM else (x.v.astype(np.float64) if x.t > 0 else np.float64(x.v))
            b = conv(y, 9) if ty in _NUM else (y.v.astype(np.float64) if y.t > 0 else np.float64(y.v))
            r = np.mod(a, b) if is_mod else np.floor(np.true_divide(a, b))
            return wrap(rt, r, x, y)
        a = x.v.astype(np.int64, copy=False) if x.t > 0 else np.int64(x.v)
        b = y.v.astype(np.int64, copy=False) if y.t > 0 else np.int64(y.v)
        if (y.t < 0 and b == 0) or (y.t > 0 and len(b) and (b == 0).any()):
            raise QError("nyi")
        r = np.mod(a, b) if is_mod else np.floor_divide(a, b)
        # nulls (the smallest value of their type) stay null
        hx = tx in qv.NULL_INT and _has_null(x, tx)
        hy = ty in qv.NULL_INT and _has_null(y, ty)
        if hx or hy:
            m = np.logical_or(qv.isnull_arr(tx, x.v) if hx else False, qv.isnull_arr(ty, y.v) if hy else False)
            r = np.where(m, qv.NULL_INT[rt], r)
        return wrap(rt, r, x, y)
    return f


_mod = _intdiv(True)
_div = _intdiv(False)


def mod(x, y):
    """mod (ref/mod): x mod y, result has the sign of y."""
    return atomic2(_mod, x, y)


def div(x, y):
    """div (ref/div): integer division rounding down; the type follows x."""
    return atomic2(_div, x, y)


def _xbar(x, y):
    tx, ty = abs(x.t), abs(y.t)
    if tx == 16 and ty == 12:
        pass    # a timespan bar on timestamps, both in nanoseconds: 0D01:00:00.0 xbar time (learn/brief-introduction)
    elif tx in qv.TEMPORAL and (ty in qv.TEMPORAL or ty in _NUM):
        raise QError("nyi")     # other temporal bars (00:15 xbar 09:37): ref/xbar does not show them
    elif not (tx in _NUM and (ty in _NUM or ty in qv.TEMPORAL)):
        raise QError("type")
    if tx in (8, 9) or ty in (8, 9):
        a = conv(x, 9)
        b = conv(y, 9) if ty in _NUM else y.v.astype(np.float64)
        r = a * np.floor(b / a)
        return wrap(9 if ty not in qv.TEMPORAL else ty, r, x, y)
    a = np.int64(x.v) if x.t < 0 else x.v.astype(np.int64)
    b = np.int64(y.v) if y.t < 0 else y.v.astype(np.int64)
    r = a * np.floor_divide(b, a)
    rt = ty if ty not in (1, 4) else 6
    if ty in qv.NULL_INT:
        m = qv.isnull_arr(ty, y.v)
        if np.any(m):
            r = np.where(m, qv.NULL_INT[ty], r)
    if ty in _NUM and tx in _NUM:
        rt = max(rt, tx, key=lambda t: _NRANK.get(t, 9)) if tx in _NRANK and rt in _NRANK else rt
    return wrap(rt, r, x, y)


def xbar(x, y):
    """xbar (ref/xbar): x xbar y rounds y down to a multiple of x."""
    return atomic2(_xbar, x, y)


def _chars_as_numbers(x):
    return Atom(-4, x.v) if x.t == -10 else Vec(4, x.v) if x.t == 10 else x


def _xexp(x, y):
    x, y = _chars_as_numbers(x), _chars_as_numbers(y)
    tx, ty = abs(x.t), abs(y.t)
    if tx in _NUM and ty in _NUM:
        return wrap(9, np.power(conv(x, 9), conv(y, 9)), x, y)
    raise QError("type")


def xexp(x, y):
    """xexp (ref/exp): x to the power y, as float."""
    return atomic2(_xexp, x, y)


def _xlog(x, y):
    x, y = _chars_as_numbers(x), _chars_as_numbers(y)
    tx, ty = abs(x.t), abs(y.t)
    if tx in _NUM and ty in _NUM:
        return wrap(9, np.log(conv(y, 9)) / np.log(conv(x, 9)), x, y)
    raise QError("type")


def xlog(x, y):
    return atomic2(_xlog, x, y)


# ---- aggregates ------------------------------------------------------------------------------------

def _agg(fast_key, fold_name):
    def f(x):
        t = x.t
        if t < 0:
            if abs(t) not in _NUM and abs(t) not in qv.TEMPORAL and not (fold_name in ("|", "&") and t == -10):
                raise QError("type")
            return x
        if 0 < t < 20:
            if t in (10, 11) and fold_name in ("+", "*"):
                raise QError("type")
            if t == 11:
                raise QError("type")
            return FOLD_FAST[fast_key](x)
        if t == 0:
            from ..iterators import over
            from ..verbs import VERBS
            if not x.v:
                if fold_name == "+":
                    return qv.long(0)
                if fold_name == "*":
                    return qv.long(1)
                if fold_name == "|":
                    return Atom(-7, np.int64(-qv.INF_INT[7]))
                if fold_name == "&":
                    return Atom(-7, np.int64(qv.INF_INT[7]))
            return over(VERBS[fold_name], [x], scan=fast_key[1])
        if t == 99:
            if fast_key[1]:
                return Dict(x.k, f(x.v))
            return f(x.v)
        if t == 98:
            vals = [f(c) for c in x.v]
            if fast_key[1]:
                return Table(x.k, vals)
            return Dict(x.k, qv.from_items(vals))
        raise QError("type")
    return f


sum_ = _agg(("+", False), "+")
sums = _agg(("+", True), "+")
prd = _agg(("*", False), "*")
prds = _agg(("*", True), "*")
max_ = _agg(("|", False), "|")
min_ = _agg(("&", False), "&")
maxs = _agg(("|", True), "|")
mins = _agg(("&", True), "&")


def _temporal_as_float(x):
    """A temporal atom or vector as a float count of its units, nulls as 0n (ref/avg: "numeric or temporal
    list ... the mean as a float"); infinities are 'nyi, as the page does not show them."""
    t = abs(x.t)
    v = np.atleast_1d(x.v)
    if t != 15 and (np.abs(v.astype(np.int64)) == qv.INF_INT[t]).any():
        raise QError("nyi")
    f = v.astype(np.float64) if t == 15 else np.where(v == qv.NULL_INT[t], np.nan, v.astype(np.float64))
    return Atom(-9, np.float64(f[0])) if x.t < 0 else Vec(9, f)


def avg(x):
    """avg (ref/avg): arithmetic mean as float, nulls ignored."""
    if -20 < x.t < 20 and abs(x.t) in qv.TEMPORAL:
        x = _temporal_as_float(x)
    t = x.t
    if t < 0:
        if abs(t) not in _NUM:
            raise QError("type")
        return Atom(-9, np.float64(conv(x, 9)))
    if 0 < t < 20:
        if t not in _NUM:
            raise QError("type")
        v = conv(x, 9)
        m = ~np.isnan(v)
        if not m.any():
            return Atom(-9, np.float64(np.nan))
        return Atom(-9, np.float64(v[m].mean()))
    if t == 0:
        from ..verbs import add, divide
        if not x.v:
            return Atom(-9, np.float64(np.nan))
        if all(e.t < 0 and -e.t in _NUM for e in x.v):
            # a general list sums with nulls as zero but counts every item (ref/avg)
            v = np.array([conv(e, 9) for e in x.v], dtype=np.float64)
            return Atom(-9, np.float64(np.nansum(v) / len(v)))
        from ..iterators import over
        from ..verbs import VERBS
        tot = over(VERBS["+"], [x])
        return divide(tot, qv.long(len(x.v)))
    if t == 99:
        return avg(x.v)
    if t == 98:
        return Dict(x.k, qv.from_items([avg(c) for c in x.v]))
    raise QError("type")


def avgs(x):
    if -20 < x.t < 20 and abs(x.t) in qv.TEMPORAL:
        x = _temporal_as_float(x)      # ref/avg: avgs of a temporal list is floats
    t = x.t
    if 0 < t < 20 and t in _NUM:
        v = conv(x, 9)
        m = ~np.isnan(v)
        s = np.cumsum(np.where(m, v, 0))
        c = np.cumsum(m)
        with np.errstate(all="ignore"):
            r = s / c
        return Vec(9, r)
    if t < 0:
        return avg(x)
    raise QError("type")


def _floats(x):
    if not (0 < x.t < 20) or x.t not in _NUM:
        raise QError("type")
    v = conv(x, 9)
    return v[~np.isnan(v)]


def med(x):
    if x.t < 0:
        return avg(x)
    if x.t == 99 and x.k.t != 98:
        return med(x.v)
    if x.t == 98 or x.t == 99:
        # ref/med {avg x(<x)@_.5*-1 0+#x}: rows of a table (values of a keyed one) graded as a whole
        from ..verbs import VERBS
        from ..funcs import index
        t = x.v if x.t == 99 else x
        g = VERBS["iasc"].monad(t).v.tolist()
        n = len(g)
        if n == 0:
            raise QError("nyi")
        return VERBS["avg"].monad(index(t, Vec(7, np.array([g[(n - 1) // 2], g[n // 2]], dtype=np.int64))))
    if x.t == 0 and x.v and all(0 < e.t < 20 and e.t in _NUM for e in x.v):
        # ref/med is {avg x(<x)@_.5*-1 0+#x}: rows graded as a whole, the middle one or two averaged
        from ..verbs import VERBS
        rows = [x.v[i] for i in VERBS["iasc"].monad(x).v.tolist()]
        n = len(rows)
        mid = [rows[(n - 1) // 2], rows[n // 2]]
        if len(mid[0]) != len(mid[1]):
            raise QError("length")
        return Vec(9, (conv(mid[0], 9) + conv(mid[1], 9)) / 2)
    v = _floats(x)
    if len(v) == 0:
        return Atom(-9, np.float64(np.nan))
    return Atom(-9, np.float64(np.median(v)))


def var(x):
    v = _floats(x)
    if len(v) == 0:
        return Atom(-9, np.float64(np.nan))
    return Atom(-9, np.float64(np.var(v)))


def dev(x):
    return Atom(-9, np.float64(np.sqrt(var(x).v)))


def svar(x):
    v = _floats(x)
    if len(v) < 2:
        return Atom(-9, np.float64(np.nan))
    return Atom(-9, np.float64(np.var(v, ddof=1)))


def sdev(x):
    return Atom(-9, np.float64(np.sqrt(svar(x).v)))


def wsum(x, y):
    """wsum (ref/sum): sum x*y; two vectors give a float (2 3 4 wsum 1 2 4 is 24f)."""
    from ..verbs import mul
    r = sum_(mul(x, y))
    if 0 < x.t < 20 and 0 < y.t < 20:
        return conv_float(r)
    return r


def conv_float(r):
    if r.t < 0 and abs(r.t) in _NUM:
        return Atom(-9, np.float64(conv(r, 9)))
    if 0 < r.t < 20 and r.t in _NUM:
        return Vec(9, np.asarray(conv(r, 9), dtype=np.float64))
    return r


def wavg(x, y):
    """wavg (ref/avg): weighted average; pairs with a null on either side are ignored."""
    from ..verbs import mul, divide
    if 0 < x.t < 20 and 0 < y.t < 20 and x.t in _NUM and y.t in _NUM:
        a, b = conv(x, 9), conv(y, 9)
        if len(a) != len(b):
            raise QError("length")
        m = ~(np.isnan(a) | np.isnan(b))
        return Atom(-9, np.float64((a[m] * b[m]).sum() / a[m].sum()))
    return divide(sum_(mul(x, y)), sum_(x))


def moving_items(kind, n, x):
    """The moving functions over a general list (a dict's values) run across its items, as their q
    definitions do (ref/sum msum: y-(-x)_(0i*x#y),y:+\\y): 2 mcount `a`b!(10 21 3;4 5 6) is
    `a`b!(1 1 1;2 2 2)."""
    from ..verbs import VERBS, add, sub, mul, divide
    if n.t not in (-5, -6, -7) or x.t != 0:
        raise QError("type")
    k = int(n.v)
    if k < 0:
        raise QError("nyi")
    its = x.v
    if kind == "sum":
        sums = []
        for e in its:
            sums.append(add(sums[-1], e) if sums else e)
        zero = Atom(-6, np.int32(0))
        return qv.from_items([sub(s, sums[i - k] if i >= k else mul(zero, its[i])) for i, s in enumerate(sums)])
    if kind == "count":
        notnull = VERBS["~:"].monad
        return moving_items("sum", n, List([notnull(VERBS["^:"].monad(e)) for e in its]))
    if kind == "avg":
        fill = VERBS["^"].dyad
        zero = Atom(-9, np.float64(0))
        return divide(moving_items("sum", n, List([fill(zero, e) for e in its])), moving_items("count", n, x))
    if kind == "dev":
        cast = VERBS["$"].dyad
        f = List([cast(qv.char("f"), e) for e in its])
        m = moving_items("avg", n, f)
        return VERBS["sqrt"].monad(sub(moving_items("avg", n, mul(f, f)), mul(m, m)))
    raise QError("nyi")


def _msum(n, x, kind):
    if x.t == 99 and x.k.t != 98:
        return Dict(x.k, _msum(n, x.v, kind))
    if x.t == 0:
        return moving_items(kind, n, x)
    if not (0 < x.t < 20) or x.t not in _NUM:
        raise QError("type")
    n = int(n.v)
    if n < 0:
        raise QError("nyi")
    v = x.v
    if kind == "sum":
        t = x.t if x.t not in (1, 4) else 6
        w = np.where(qv.isnull_arr(x.t, v), 0, v).astype(DTYPE[t])
        c = np.cumsum(w, dtype=DTYPE[t])
        r = c.copy()
        if n == 0:
            r[:] = 0                    # y-y
        else:
            r[n:] = c[n:] - c[:-n]
        return Vec(t, r)
    if kind == "avg":
        f = conv(x, 9)
        m = ~np.isnan(f)
        s = np.cumsum(np.where(m, f, 0))
        c = np.cumsum(m)
        s2, c2 = s.copy(), c.copy()
        if n == 0:
            s2[:], c2[:] = 0, 0
        else:
            s2[n:] = s[n:] - s[:-n]
            c2[n:] = c[n:] - c[:-n]
        with np.errstate(all="ignore"):
            return Vec(9, s2 / c2)
    raise QError("nyi")


def msum(x, y):
    return _msum(x, y, "sum")


def mavg(x, y):
    return _msum(x, y, "avg")


def _mwin(x, y, is_max):
    n = int(x.v)
    if y.t == 99 and y.k.t != 98:
        return Dict(y.k, _mwin(x, y.v, is_max))
    if not (0 < y.t < 20) and not (y.t == 0 and y.v and all(0 < e.t < 20 for e in y.v)):
        raise QError("type")
    from ..verbs import greater, lesser
    f = greater if is_max else lesser
    if n <= 0 and not is_max or not len(y.v):
        return y                       # ref/min: 0 or a negative x gives y; uniform: empty stays empty
    if 0 < n and len(y.v) and y.t > 0:
        # O(m log n) with whole-vector | or &: w holds f over the k items ending at each index (fewer at the
        # start); doubling k, then two overlapping windows of k cover one of n because f is idempotent
        nw = min(n, len(y.v))
        w, k = y, 1
        while 2 * k <= nw:
            w = _shift_combine(f, w, k)
            k *= 2
        w = _shift_combine(f, w, nw - k) if k < nw else w
        if is_max and n > 1:
            # ref/max: the first x-1 items are maximums so far, so an initial null is -0W like maxs
            head = maxs(Vec(y.t, y.v[:n - 1]))
            if head.t == w.t:
                w = Vec(w.t, np.concatenate([head.v, w.v[n - 1:]]))
        return w
    out = []
    its = qv.items(y)
    for i in range(len(its)):
        w = its[max(0, i - n + 1):i + 1]
        acc = w[0]
        for e in w[1:]:
            acc = greater(acc, e) if is_max else lesser(acc, e)
        out.append(acc)
    return qv.from_items(out)


def _shift_combine(f, w, s):
    """f of each item with the item s places before it; the first s items stay."""
    tail = f(Vec(w.t, w.v[s:]), Vec(w.t, w.v[:-s]))
    if tail.t != w.t:
        raise QError("nyi")
    return Vec(w.t, np.concatenate([w.v[:s], tail.v]))


def mmax(x, y):
    return _mwin(x, y, True)


def mmin(x, y):
    return _mwin(x, y, False)


def mcount(x, y):
    if y.t == 99 and y.k.t != 98:
        return Dict(y.k, mcount(x, y.v))
    if y.t == 0:
        return moving_items("count", x, y)
    if not 0 < y.t < 20:
        raise QError("type")
    n = int(x.v)
    if n <= 0:
        raise QError("nyi")
    m = (~np.asarray(qv.isnull_arr(y.t, y.v))).astype(np.int64)
    c = np.cumsum(m)
    r = c.copy()
    r[n:] = c[n:] - c[:-n]
    return Vec(7, r)


def _fixed(x):
    return x


def ema(a, x):
    """ema (ref/ema): exponential moving average, e0 = x0, ei = a*xi + (1-a)*e(i-1)."""
    if not (0 < x.t < 20) or x.t not in _NUM:
        raise QError("type")
    v = conv(x, 9)
    av = conv(a, 9) if a.t < 0 else None
    if av is None:
        if not (0 < a.t < 20) or len(a.v) != len(v):
            raise QError("length")
        aa = conv(a, 9)
    out = np.empty(len(v))
    for i in range(len(v)):
        ai = av if av is not None else aa[i]
        out[i] = v[i] if i == 0 else ai * v[i] + (1 - ai) * out[i - 1]
    return Vec(9, out)
