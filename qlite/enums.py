"""Enumerations (type 20): `` `s$`s1`s2 `` over a keyed table or a symbol list, `` `sym?`a`b `` that
extends its domain, their display (`` `s$`s1 ``), row indexing, and foreign-key access (`s.name`).

An enumeration keeps the domain's name and its symbols; comparisons and `in` see the symbols. What else
kdb+ does with enumerations (arithmetic on them, sorting by index, `value`) is 'nyi here.
"""
from __future__ import annotations

import numpy as np

from .errors import QError
from . import values as qv
from .values import Q, Atom, Vec, Dict, Table


class Enum(Q):
    """An enumerated list: domain name and the symbols (numpy object array)."""
    __slots__ = ("dom", "v", "attr")
    t = 20

    def __init__(self, dom, v, attr=""):
        self.dom = dom
        self.v = v
        self.attr = attr

    def __len__(self):
        return len(self.v)

    def __repr__(self):
        return f"Enum({self.dom},{self.v!r})"


class EnumAtom(Atom):
    __slots__ = ("dom",)

    def __init__(self, dom, v):
        super().__init__(-20, v)
        self.dom = dom


def _ip():
    from . import interpreter
    return interpreter.CURRENT


def _domain_syms(name):
    """The symbols a domain enumerates: a symbol list, or the single symbol key column of a keyed table."""
    d = _ip().get_global(name)
    if d.t == 11:
        return d.v
    if d.t == 99 and d.k.t == 98 and len(d.k.v) == 1 and d.k.v[0].t == 11:
        return d.k.v[0].v
    raise QError("type")


def enumerate_(dom, y):
    """`dom$y: y's symbols, each of which must be in the domain ('cast otherwise)."""
    syms = set(_domain_syms(dom).tolist())
    if y.t == -11:
        if y.v not in syms:
            raise QError("cast")
        return EnumAtom(dom, y.v)
    if y.t == 11:
        for s in y.v.tolist():
            if s not in syms:
                raise QError("cast")
        return Enum(dom, y.v.copy())
    raise QError("type")


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
    return EnumAtom(dom, y.v) if y.t == -11 else Enum(dom, y.v.copy())


def plain(x):
    """The symbols of an enumeration (for comparison and search)."""
    if x.t == 20:
        return Vec(11, x.v)
    if x.t == -20:
        return Atom(-11, x.v)
    return x


def index(x, i):
    from .funcs import index as index_
    r = index_(Vec(11, x.v), i)
    if r.t == -11:
        return EnumAtom(x.dom, r.v)
    if r.t == 11:
        return Enum(x.dom, r.v)
    return r


def item(x, i):
    return EnumAtom(x.dom, x.v[i])


def text(x):
    """kstr form: `s$`s1`s2 (a one-item list `s$,`s1)."""
    if x.t == -20:
        return f"`{x.dom}$`{x.v}"
    n = len(x.v)
    if n == 0:
        return f"`{x.dom}$`symbol$()"
    return f"`{x.dom}$" + ("," if n == 1 else "") + "".join("`" + s for s in x.v.tolist())


def deref(x, field):
    """Foreign-key access s.name: the column `field` of the domain's keyed table at x's keys."""
    d = _ip().get_global(x.dom)
    if not (d.t == 99 and d.k.t == 98):
        raise QError("type")
    keys = d.k.v[0].v.tolist()
    pos = {k: j for j, k in enumerate(keys)}
    names = list(d.v.k.v)
    if field not in names:
        raise QError(field)
    col = d.v.v[names.index(field)]
    from .funcs import index as index_
    if x.t == -20:
        return index_(col, Atom(-7, np.int64(pos[x.v])))
    return index_(col, Vec(7, np.array([pos[s] for s in x.v.tolist()], dtype=np.int64)))
