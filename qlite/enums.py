"""Enumerations (type 20): `` `s$`s1`s2 `` over a keyed table or a symbol list (foreign keys: `` `f$2 2 ``
over a table keyed by longs too), `` `sym?`a`b `` that extends its domain, their display (`` `s$`s1 ``),
row indexing, and foreign-key access (`s.name`).

An enumeration keeps the domain's name, the key type and the key values; comparisons and `in` see the
values. What else kdb+ does with enumerations (arithmetic on them, `value`) is 'nyi here.
"""
from __future__ import annotations

import numpy as np

from .errors import QError
from . import values as qv
from .values import Q, Atom, Vec, Dict, Table


class Enum(Q):
    """An enumerated list: domain name, key values (numpy array) and their type kt (11 for symbols)."""
    __slots__ = ("dom", "v", "attr", "kt")
    t = 20

    def __init__(self, dom, v, attr="", kt=11):
        self.dom = dom
        self.v = v
        self.attr = attr
        self.kt = kt

    def __len__(self):
        return len(self.v)

    def __repr__(self):
        return f"Enum({self.dom},{self.v!r})"


class EnumAtom(Atom):
    __slots__ = ("dom", "kt")

    def __init__(self, dom, v, kt=11):
        super().__init__(-20, v)
        self.dom = dom
        self.kt = kt


def _ip():
    from . import interpreter
    return interpreter.CURRENT


def _domain_keys(name):
    """The values a domain enumerates: a symbol list, or the single key column of a keyed table."""
    d = _ip().get_global(name)
    if d.t == 11:
        return d
    if d.t == 99 and d.k.t == 98 and len(d.k.v) == 1 and 0 < d.k.v[0].t < 20:
        return d.k.v[0]
    raise QError("type")


def enumerate_(dom, y):
    """`dom$y: y's values, each of which must be a key of the domain ('cast otherwise)."""
    keys = _domain_keys(dom)
    kt = keys.t
    if abs(y.t) != kt:
        raise QError("type")
    have = set(keys.v.tolist())
    vals = [y.v] if y.t < 0 else y.v.tolist()
    for s in vals:
        if (s.item() if hasattr(s, "item") else s) not in have:
            raise QError("cast")
    if y.t < 0:
        return EnumAtom(dom, y.v, kt)
    return Enum(dom, y.v.copy(), kt=kt)


def extend(dom, y):
    """`dom?y: enumerate y, adding symbols missing from the domain (a global symbol list)."""
    ip = _ip()
    try:
        d = ip.get_global(dom)
    except QError:
        d = qv.empty(11)
    if d.t != 11:
        raise QError("type")
    have = d.v.tolist()
    seen = set(have)
    ys = [y.v] if y.t == -11 else y.v.tolist() if y.t == 11 else None
    if ys is None:
        raise QError("type")
    for s in ys:
        if s not in seen:
            seen.add(s)
            have.append(s)
    ip.globals[dom] = qv.syms(have)
    return EnumAtom(dom, y.v) if y.t == -11 else Enum(dom, y.v.copy())  # symbols: kt 11


def plain(x):
    """The key values of an enumeration (for comparison, search and display)."""
    if x.t == 20:
        return Vec(x.kt, x.v)
    if x.t == -20:
        return Atom(-x.kt, x.v)
    return x


def like(x, v):
    """An enumeration over x's domain holding key values v."""
    return Enum(x.dom, v, kt=x.kt)


def index(x, i):
    from .funcs import index as index_
    r = index_(plain(x), i)
    if r.t == -x.kt:
        return EnumAtom(x.dom, r.v, x.kt)
    if r.t == x.kt:
        return like(x, r.v)
    return r


def item(x, i):
    return EnumAtom(x.dom, x.v[i], x.kt)


def text(x):
    """kstr form: `s$`s1`s2, `s$,`s1, `f$2 2."""
    from .format import kstr
    return f"`{x.dom}$" + kstr(plain(x))


def deref(x, field):
    """Foreign-key access s.name: the column `field` of the domain's keyed table at x's keys."""
    d = _ip().get_global(x.dom)
    if not (d.t == 99 and d.k.t == 98):
        raise QError("type")
    keys = d.k.v[0].v.tolist()
    pos = {k: j for j, k in enumerate(keys)}
    val = (lambda v: v.item() if hasattr(v, "item") else v)
    names = list(d.v.k.v)
    if field not in names:
        raise QError(field)
    col = d.v.v[names.index(field)]
    from .funcs import index as index_
    if x.t == -20:
        return index_(col, Atom(-7, np.int64(pos[val(x.v)])))
    return index_(col, Vec(7, np.array([pos[s] for s in x.v.tolist()], dtype=np.int64)))


def from_atoms(items):
    """Enumerated atoms of one domain collapse to an enumeration, as q's lists do; mixed domains stay general."""
    from .values import List
    d, kt = items[0].dom, items[0].kt
    if any(e.dom != d for e in items):
        return List(list(items))
    return Enum(d, np.array([e.v for e in items], dtype=object if kt == 11 else qv.DTYPE[kt]), kt=kt)
