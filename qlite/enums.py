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
from .values import Q, Atom, Vec, List


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
    if d.t == 0 and not d.v:
        d = qv.empty(11)        # sym:() starts an empty domain
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
    d, kt = items[0].dom, items[0].kt
    if any(e.dom != d for e in items):
        return List(list(items))
    return Enum(d, np.array([e.v for e in items], dtype=object if kt == 11 else qv.DTYPE[kt]), kt=kt)


# ---- verb rows: how the glyphs and keywords treat enumerations --------------------------------------------
# (installed by keywords/tables.py once the verb table is complete; each wraps the row it finds)


def _wrap_enum_verbs():
    from .verbs import VERBS
    from .keywords.strings import _NAMES
    cast = VERBS["$"]
    old_cast = cast.dyad

    def cast_dyad(x, y):
        # `s$`s1`s2 enumerates over the domain named s (a symbol that is not a type name)
        if x.t == -11 and x.v and x.v not in _NAMES and (-20 < y.t < 20 and y.t != 0) \
                and x.v in _ip().globals:
            return enumerate_(x.v, y)
        if y.t == 0 and not y.v and x.t == -11 and x.v and x.v not in _NAMES and x.v in _ip().globals:
            keys = _domain_keys(x.v)         # `market$(): an empty enumeration over the domain
            return Enum(x.v, keys.v[:0].copy(), kt=keys.t)
        if y.t == 0 and not y.v and x.t == -10 and chr(int(x.v)) == "*":
            return y                         # "*"$() is () itself
        if y.t == 0 and not y.v and x.t in (-11, -10, -5):
            # `int$() `$() "f"$() 6h$(): the empty list of that type (empty table schemas)
            from .keywords.strings import cast_target
            t, is_tok = cast_target(x)
            if not is_tok and 0 < t < 20:
                return qv.empty(t)
        return old_cast(x, y)
    cast.dyad = cast_dyad

    find = VERBS["?"]
    old_find = find.dyad

    def find_dyad(x, y):
        if x.t == -11 and y.t in (-11, 11):
            return extend(x.v, y)
        return old_find(x, y)
    find.dyad = find_dyad

    # comparison and search see an enumeration's symbols
    for g in ("=", "<>", "<", ">", "<=", ">=", "in", "like", "within", "except", "inter"):
        p = VERBS.get(g)
        if p is None or p.dyad is None:
            continue

        def make(old):
            def dyad(x, y):
                if x.t in (20, -20) or y.t in (20, -20):
                    return old(plain(x), plain(y))
                return old(x, y)
            return dyad
        p.dyad = make(p.dyad)

    VERBS["first"].monad = _enum_end(VERBS["first"].monad, 0)
    VERBS["last"].monad = _enum_end(VERBS["last"].monad, -1)
    d = VERBS["distinct"]
    old_distinct = d.monad

    def distinct(x):
        if x.t == 20:
            return like(x, old_distinct(plain(x)).v)
        return old_distinct(x)
    d.monad = distinct


def _enum_end(old, pos):

    def monad(x):
        if x.t == 20:
            if not len(x.v):
                raise QError("nyi")
            return item(x, pos)
        return old(x)
    return monad




def _wrap_enum_grades():
    """iasc/idesc of an enumeration grade its symbols (xasc on an enumerated column sorts by name)."""
    from .verbs import VERBS
    for name in ("<:", ">:"):
        p = VERBS[name]

        def make(old):
            def monad(x):
                return old(plain(x)) if x.t == 20 else old(x)
            return monad
        p.monad = make(p.monad)




def _wrap_enum_list_ops():
    """List verbs that only move items keep an enumeration: reverse, #, _, x?y, joining two of one domain."""
    from .verbs import VERBS

    def rewrap(x, r):
        return like(x, r.v) if r.t == x.kt else (EnumAtom(x.dom, r.v, x.kt) if r.t == -x.kt else r)

    p = VERBS["reverse"]
    old_rev = p.monad
    p.monad = lambda x: rewrap(x, old_rev(plain(x))) if x.t == 20 else old_rev(x)
    for g in ("#", "_"):
        p = VERBS[g]

        def make(old):
            def dyad(x, y):
                if y.t == 20 and x.t in (-7, -6, -5, 7, 6, 5):
                    return rewrap(y, old(x, plain(y)))
                return old(x, y)
            return dyad
        p.dyad = make(p.dyad)
    p = VERBS["?"]
    old_find = p.dyad
    p.dyad = lambda x, y: old_find(plain(x), plain(y)) if x.t == 20 else old_find(x, y)
    p = VERBS[","]
    old_join = p.dyad

    def join(x, y):
        if x.t in (20, -20) and y.t in (20, -20) and x.dom == y.dom:
            r = old_join(plain(x), plain(y))
            return like(x, r.v)
        if x.t in (20, -20) or y.t in (20, -20):
            def symlist(v):      # a symbol or an enumeration over a symbol list (not a keyed table)
                if v.t in (-11, 11):
                    return True
                try:
                    return v.t in (20, -20) and v.kt == 11 and _ip().get_global(v.dom).t == 11
                except QError:
                    return False
            syms = symlist(x) and symlist(y)
            if not syms:
                raise QError("nyi")
            if x.t < 0 and y.t < 0:
                return List([x, y])      # (`sym$`b),`b is a general list of the two (ref/join)
            return old_join(plain(x), plain(y))    # with a vector: symbols (ref/join)
        return old_join(x, y)
    p.dyad = join
    p = VERBS["raze"]
    old_raze = p.monad

    def raze(x):
        if x.t == 0 and any(e.t in (20, -20) for e in x.v):
            if not all(e.t in (20, -20) and e.dom == x.v[0].dom for e in x.v):
                raise QError("nyi")
            return like(x.v[0], old_raze(List([plain(e) for e in x.v])).v)
        return old_raze(x)
    p.monad = raze


def _wrap_enum_value():
    """value of an enumeration is its key values (ref/value), key its domain's name (ref/key); null
    looks at the index, never null for a cast enumeration (ref/null: null`a$` is 0b)."""
    from .verbs import VERBS
    p = VERBS["value"]
    old = p.monad
    p.monad = lambda x: plain(x) if x.t in (20, -20) else old(x)
    k = VERBS["key"]
    old_key = k.monad
    k.monad = lambda x: qv.sym(x.dom) if x.t in (20, -20) else old_key(x)
    n = VERBS["null"]
    old_null = n.monad

    def null(x):
        if x.t == -20:
            return Atom(-1, np.bool_(False))
        if x.t == 20:
            return Vec(1, np.zeros(len(x.v), dtype=np.bool_))
        return old_null(x)
    n.monad = null


def install():
    _wrap_enum_value()
    _wrap_enum_verbs()
    _wrap_enum_grades()
    _wrap_enum_list_ops()
