"""Iterators: each ('), over (/), scan (\\), each-prior ('), each-right (/:), each-left (\\:) and all their
valence forms (map, reduce, seeded, converge, do, while). They take any applicable value.
"""
from __future__ import annotations

import numpy as np

from .errors import QError
from . import values as qv
from .values import Vec, List, Dict, Table, Atom, IDENTITY
from .funcs import Fn, Prim, Derived, apply, apply1, apply2, rank_of, Lam, Proj
from .match import match


def derived_rank(d):
    r = rank_of(d.f)
    if d.adv in ("/", "\\"):
        # f/ on a binary f is ambivalent; as an argument of over/scan it is applied unary (converge)
        return 1 if r <= 2 else r - 1
    if d.adv == "'":
        return r
    return 2


_INTERP = None       # the interpreter module, imported on first use (it imports this one)


def _tick():
    global _INTERP
    if _INTERP is None:
        from . import interpreter as _INTERP
    ip = _INTERP.CURRENT
    if ip is not None:
        ip.tick()


def _is_list(x):
    return 0 <= x.t < 99


def _conform_count(args):
    n = None
    for a in args:
        if _is_list(a) or a.t == 99:
            c = qv.count(a)
            if n is None:
                n = c
            elif n != c:
                raise QError("length")
    return n


def _item(a, i):
    if _is_list(a):
        return qv.item(a, i)
    if a.t == 99:
        return qv.item(a.v, i)
    return a


def each(f, args):
    """f'[x;y;...]: apply f to corresponding items (atoms extended)."""
    if len(args) == 1:
        x = args[0]
        if x.t == 99:
            return Dict(x.k, each(f, [x.v]))
        if x.t < 0 or x.t >= 100:
            return apply1(f, x)
        if x.t == 98:
            return qv.from_items([apply1(f, r) for r in qv.items(x)])
        qv.check_alloc(qv.count(x), 96)    # one boxed result per item
        out = []
        for e in qv.items(x):
            _tick()
            out.append(apply1(f, e))
        return qv.from_items(out)
    n = _conform_count(args)
    if n is None:
        return apply(f, args)
    dk = next((a.k for a in args if a.t == 99), None)
    qv.check_alloc(n, 96)
    out = []
    for i in range(n):
        _tick()
        out.append(apply(f, [_item(a, i) for a in args]))
    r = qv.from_items(out)
    return Dict(dk, r) if dk is not None else r


def each_right(f, x, y):
    if y.t == 99:
        return Dict(y.k, each_right(f, x, y.v))
    if not _is_list(y):
        return apply2(f, x, y)
    out = []
    for e in qv.items(y):
        _tick()
        out.append(apply2(f, x, e))
    return qv.from_items(out)


def each_left(f, x, y):
    if x.t == 99:
        return Dict(x.k, each_left(f, x.v, y))
    if not _is_list(x):
        return apply2(f, x, y)
    out = []
    for e in qv.items(x):
        _tick()
        out.append(apply2(f, e, y))
    return qv.from_items(out)


_PRIOR_IDENTITY = {"+", "-", "*", "%", ",", "&", "|", "^"}


def prior(f, args):
    if len(args) == 1:
        x = args[0]
        if x.t == 99:
            return Dict(x.k, prior(f, [x.v]))
        if x.t < 0:
            raise QError("nyi")
        fast = _prior_fast(f, x)
        if fast is not None:
            return fast
        its = qv.items(x)
        if not its:
            return x
        if isinstance(f, Prim) and f.name in _PRIOR_IDENTITY:
            out = [its[0]]
        else:
            out = [apply2(f, its[0], qv.null_of_list(x))]
        for i in range(1, len(its)):
            _tick()
            out.append(apply2(f, its[i], its[i - 1]))
        return qv.from_items(out)
    if len(args) == 2:
        seed, x = args
        if x.t == 99:
            return Dict(x.k, prior(f, [seed, x.v]))
        its = qv.items(x)
        out = []
        prev = seed
        for e in its:
            _tick()
            out.append(apply2(f, e, prev))
            prev = e
        return qv.from_items(out)
    raise QError("rank")


def _prior_fast(f, x):
    if not isinstance(f, Prim) or not isinstance(x, Vec) or len(x.v) == 0:
        return None
    from . import verbs
    if f.name in ("-", "+", "*") and x.t in (5, 6, 7, 8, 9):
        v = x.v
        prev = np.empty_like(v)
        prev[1:] = v[:-1]
        prev[0] = 0 if f.name != "*" else 1
        r = f.dyad(x, Vec(x.t, prev))
        return r
    if f.name in ("~", "=", "<", ">", "<>", "<=", ">=") and x.t in (1, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19):
        v = x.v
        if f.name == "~":
            r = np.zeros(len(v), dtype=bool)
            if x.t not in (8, 9):
                r[1:] = v[1:] == v[:-1]
            else:
                a, b = v[1:], v[:-1]
                with np.errstate(all="ignore"):
                    r[1:] = (a == b) | (np.isnan(a) & np.isnan(b)) | (np.abs(a - b) <= 2.0 ** -43 * np.maximum(np.abs(a), np.abs(b)))
            return Vec(1, r)
        prev = x.v[:-1]
        head = apply2(f, qv.item(x, 0), qv.null_of_list(x))
        rest = f.dyad(Vec(x.t, v[1:]), Vec(x.t, prev))
        if head.t != -1 or rest.t != 1:
            return None
        return Vec(1, np.concatenate([[head.v], rest.v]))
    return None


# ---- over / scan -------------------------------------------------------------------------------

def _truthy(x):
    from .verbs import truthy
    return truthy(x)


def over(f, args, scan=False):
    r = rank_of(f)
    n = len(args)
    # a list of functions is binary (m[s;c] is m[s] c), so s m/y folds it like a state machine (basics/regex)
    deep = not isinstance(f, Fn) and f.t == 0 and n == 2 and len(f.v) and all(e.t >= 100 for e in f.v)
    if not deep and (r == 1 or (not isinstance(f, Fn) and n <= 2)):
        # unary: converge / do / while; data (list or dict) as a function is a finite-state map
        if n == 1:
            return _converge(f, args[0], scan)
        if n == 2:
            c, x = args
            if c.t in (-5, -6, -7):
                return _do(f, int(c.v), x, scan)
            if isinstance(c, Fn) or c.t >= 0:
                return _while(f, c, x, scan)
            raise QError("type")
        raise QError("rank")
    if n == 1:
        x = args[0]
        if x.t == 99:
            if scan:
                return Dict(x.k, over(f, [x.v], True))
            x = x.v
        fast = _fold_fast(f, x, scan)
        if fast is not None:
            return fast
        if x.t < 0 or x.t >= 100:
            return x
        its = qv.items(x)
        if not its:
            ident = _identity_of(f, x)
            if ident is not None:
                return ident
            return List([])
        acc = its[0]
        if scan and isinstance(f, Prim) and f.name == "," and acc.t < 0:
            acc = qv.enlist(acc)
        out = [acc]
        for e in its[1:]:
            _tick()
            acc = apply2(f, acc, e)
            if scan:
                out.append(acc)
        return qv.from_items(out) if scan else acc
    # seeded: x f/ y (and f/[x;y;z...])
    acc = args[0]
    rest = args[1:]
    if len(rest) == 1:
        y = rest[0]
        if y.t == 99 and scan:
            return Dict(y.k, over(f, [acc, y.v], True))
        if y.t == 99:
            y = y.v
        if not _is_list(y):
            r = apply2(f, acc, y)
            return r
        fast = _fold_fast_seeded(f, acc, y, scan)
        if fast is not None:
            return fast
        out = []
        for e in qv.items(y):
            _tick()
            acc = apply2(f, acc, e)
            if scan:
                out.append(acc)
        return qv.from_items(out) if scan else acc
    m = _conform_count(rest)
    if m is None:
        r = apply(f, [acc] + rest)
        return r
    out = []
    for i in range(m):
        _tick()
        acc = apply(f, [acc] + [_item(a, i) for a in rest])
        if scan:
            out.append(acc)
    return qv.from_items(out) if scan else acc


def _converge(f, x, scan):
    out = [x]
    prev = x
    while True:
        _tick()
        nxt = apply1(f, prev)
        if match(nxt, prev) or match(nxt, x):
            break
        out.append(nxt)
        prev = nxt
    return qv.from_items(out) if scan else prev


def _do(f, n, x, scan):
    out = [x]
    for _ in range(n):
        _tick()
        x = apply1(f, x)
        if scan:
            out.append(x)
    return qv.from_items(out) if scan else x


def _while(f, c, x, scan):
    out = [x]
    while _truthy(apply1(c, x)):
        _tick()
        x = apply1(f, x)
        if scan:
            out.append(x)
    return qv.from_items(out) if scan else x


def _identity_of(f, x):
    if isinstance(f, Prim):
        t = x.t if x.t > 0 else 7
        if f.name == "+":
            if x.t in (8, 9):
                return qv.atom(x.t, 0)
            if x.t in (5, 6, 7):
                return qv.atom(x.t if x.t != 5 else 5, 0) if x.t != 7 else qv.long(0)
            return qv.long(0)
        if f.name == "*":
            if x.t in (8, 9):
                return qv.atom(x.t, 1)
            if x.t in (5, 6):
                return qv.atom(x.t, 1)
            return qv.long(1)
        if f.name == ",":
            return x
    return None


def _fold_fast(f, x, scan):
    if not isinstance(f, Prim) or not isinstance(x, Vec):
        return None
    from . import verbs
    name = f.name
    if name in ("+", "*", "|", "&", "-", "%") or name == ",":
        if name == ",":
            return None if scan else x
        fn = verbs.FOLD_FAST.get((name, scan))
        if fn is not None:
            return fn(x)
    return None


def _fold_fast_seeded(f, acc, y, scan):
    if isinstance(f, Prim) and f.name in ("+", "*") and isinstance(y, Vec) and acc.t < 0 and not scan:
        r = _fold_fast(f, y, False)
        if r is not None and len(y.v):
            return f.dyad(acc, r)
    return None


def call_derived(d, args):
    f = d.f
    adv = d.adv
    n = len(args)
    if any(a is None for a in args):
        if n == 1:
            args = [IDENTITY]
        else:
            return Proj(d, list(args))
    if adv == "'":
        if f.t in (5, 6, 7):
            return case(f, args)
        if not isinstance(f, Fn) and f.t < 0:
            raise QError("nyi")
        return each(f, args)
    if adv == "/":
        return over(f, args, False)
    if adv == "\\":
        return over(f, args, True)
    if adv == "':":
        return prior(f, args)
    if adv == "/:":
        if n == 1:
            # /: with one argument: scalar from vector (sv) forms on data; not for functions
            if f.t < 100:
                from .verbs import VERBS
                return VERBS["sv"].dyad(f, args[0])     # (10/:)1 9 9 5 is 10 sv (basics/exposed-infrastructure)
            raise QError("nyi")
        if n != 2:
            raise QError("rank")
        return each_right(f, args[0], args[1])
    if adv == "\\:":
        if n == 1:
            if f.t < 100:
                from .verbs import VERBS
                return VERBS["vs"].dyad(f, args[0])     # (0x40\:)2 is 0x40 vs 2 (basics/exposed-infrastructure)
            raise QError("nyi")
        if n != 2:
            raise QError("rank")
        return each_left(f, args[0], args[1])
    raise QError("nyi")


def case(sel, args):
    """Case (ref/maps): int-vector' picks item i from argument sel[i]; atoms are repeated."""
    n = len(sel.v)
    keys = None
    for a in args:
        if a.t == 99:
            if qv.count(a) != n:
                raise QError("length")
            if keys is None:
                keys = a.k
            elif not match(keys, a.k):
                raise QError("domain")
    cols = []
    for a in args:
        if a.t == 99:
            a = a.v
        if 0 <= a.t < 20:
            if qv.count(a) != n:
                raise QError("length")
            cols.append(qv.items(a))
        elif a.t < 0:
            cols.append([a] * n)
        else:
            raise QError("type")
    out = []
    for i, k in enumerate(sel.v.tolist()):
        if not 0 <= k < len(cols):
            raise QError("index")
        out.append(cols[k][i])
    return qv.from_items(out)      # dict arguments give a plain list (ref/maps)
