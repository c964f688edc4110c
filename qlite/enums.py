"""Enumerations (type 20): indexes into a domain named by a global. The domain is a list (`` `d$y ``,
`` `d?y `` that extends it, `` `d!ints ``), the key column of a keyed table (a foreign key, `` `s$`s1 ``), or
the rows of a plain table (a link column, `` `t!id?… ``). Their display, row indexing, `"i"$`, key/value,
joins, and dot notation through a foreign key or link (`s.name`, `parent.id`).

An enumeration keeps the domain's name and the indexes only, so amending the domain changes its values
(ref/enumerate). What kdb+ does not document for enumerations (arithmetic, comparing links) is 'nyi here.
"""
from __future__ import annotations

import numpy as np

from .errors import QError
from . import values as qv
from .values import Q, Atom, Vec, List

_NULL = qv.NULL_INT[7]


class Enum(Q):
    """An enumerated list: the domain's name and int64 indexes into it; `v` reads the domain's values."""
    __slots__ = ("dom", "i", "attr")
    t = 20

    def __init__(self, dom, i, attr=""):
        self.dom = dom
        self.i = np.asarray(i, dtype=np.int64)
        self.attr = attr

    @property
    def v(self):
        return _values(self.dom, self.i)

    @property
    def kt(self):
        return _domain(self.dom)[1]

    def __len__(self):
        return len(self.i)

    def __repr__(self):
        return f"Enum({self.dom},{self.i!r})"


class EnumAtom(Q):
    """One enumerated value: the domain's name and an index."""
    __slots__ = ("dom", "i")
    t = -20

    def __init__(self, dom, i):
        self.dom = dom
        self.i = np.int64(i)

    @property
    def v(self):
        return _values(self.dom, np.array([self.i], dtype=np.int64))[0]

    @property
    def kt(self):
        return _domain(self.dom)[1]

    def __repr__(self):
        return f"EnumAtom({self.dom},{self.i!r})"


def _ip():
    from . import interpreter
    return interpreter.CURRENT


def _domain(name):
    """(keys, key type, is_link) of the domain named name: a list's items, a keyed table's single key
    column, or (None, 7, True) for a plain table (a link column holds row indexes)."""
    try:
        d = _ip().get_global(name)
    except QError:
        raise QError("nyi") from None      # a domain deleted after enumerating over it
    if 0 < d.t < 20:
        return d, d.t, False
    if d.t == 99 and d.k.t == 98 and len(d.k.v) == 1 and 0 < d.k.v[0].t < 20:
        return d.k.v[0], d.k.v[0].t, False
    if d.t == 98:
        return None, 7, True
    raise QError("nyi")                     # a dictionary, a multi-key table...: not documented


def is_link(x):
    return _domain(x.dom)[2]


def over_table(x):
    """Whether x is a foreign key or a link column (its domain is a table), not an enumerated symbol list."""
    return _ip().get_global(x.dom).t in (98, 99)


def _values(dom, i):
    """The domain's values at indexes i (a link's are the indexes); a null index gives the null value."""
    keys, kt, link = _domain(dom)
    if link:
        return i
    n = len(keys.v)
    null = i == _NULL
    if ((i < 0) & ~null).any() or (i >= n).any():
        raise QError("nyi")          # indexes past a shrunk domain: not documented
    if not null.any():
        return keys.v[i]
    out = keys.v[np.where(null, 0, i)] if n else np.empty(len(i), dtype=keys.v.dtype)
    out[null] = qv.null_atom(kt).v
    return out


def _positions(keys, vals):
    """Index of each value in keys (first occurrence), 'cast for a value the domain lacks."""
    pos = {}
    for j, k in enumerate(keys.v.tolist()):
        pos.setdefault(k, j)
    try:
        return np.array([pos[s] for s in vals], dtype=np.int64)
    except KeyError:
        raise QError("cast") from None


def enumerate_(dom, y):
    """Enumerate (ref/enumerate) `dom$y: y as indexes into the domain ('cast for a value it lacks)."""
    keys, kt, link = _domain(dom)
    if link:
        raise QError("nyi")
    if abs(y.t) != kt:
        raise QError("type")
    if y.t < 0:
        return EnumAtom(dom, _positions(keys, [y.v.item() if hasattr(y.v, "item") else y.v])[0])
    if y.attr not in ("", "g"):
        raise QError("nyi")          # ref/enum-extend shows `g dropped; other attributes undocumented
    return Enum(dom, _positions(keys, y.v.tolist()))


def enumeration(dom, y):
    """Enumeration (ref/enumeration) `dom!y: an enumeration from indexes y into the domain, a symbol list
    or a table (a link column, kb/linking-columns)."""
    try:
        keys, kt, link = _domain(dom)
    except QError:
        raise QError("nyi") from None
    if y.t not in (6, 7):
        raise QError("nyi")
    i = y.v.astype(np.int64)
    n = qv.count(_ip().get_global(dom)) if link else len(keys.v)
    if ((i < 0) | (i >= n)).any():
        raise QError("nyi")          # indexes outside til count x: not documented
    return Enum(dom, i)


def extend(dom, y):
    """Enum Extend (ref/enum-extend) `dom?y: enumerate y, appending to the domain (a global symbol list)
    the symbols it lacks."""
    ip = _ip()
    try:
        d = ip.get_global(dom)
    except QError:
        d = qv.empty(11)
    if d.t == 0 and not d.v:
        d = qv.empty(11)        # sym:() starts an empty domain
    if d.t != 11:
        raise QError("type")
    if y.t == 11 and y.attr:
        raise QError("nyi")     # ref/enum-extend shows `g#`foo$`g#…: attributes on enumerations not done
    ys = [y.v] if y.t == -11 else y.v.tolist() if y.t == 11 else None
    if ys is None:
        raise QError("type")
    have = d.v.tolist()
    pos = {}
    for j, s in enumerate(have):
        pos.setdefault(s, j)
    for s in ys:
        if s not in pos:
            pos[s] = len(have)
            have.append(s)
    ip.globals[dom] = qv.syms(have)
    i = [pos[s] for s in ys]
    return EnumAtom(dom, i[0]) if y.t == -11 else Enum(dom, np.array(i, dtype=np.int64))


def plain(x):
    """The domain's values at an enumeration's indexes (for comparison, search and display); a link
    column's are its indexes."""
    if x.t == 20:
        return Vec(x.kt, x.v)
    if x.t == -20:
        return Atom(-x.kt, x.v)
    return x


def _no_links(x):
    """The values of an enumeration for a verb that compares them; for link columns that is undocumented."""
    if x.t in (20, -20) and is_link(x):
        raise QError("nyi")
    return plain(x)


def like(x, i):
    """An enumeration over x's domain holding indexes i."""
    return Enum(x.dom, i)


def index(x, i):
    """x[i] of an enumeration: the indexes indexed, an enumeration again (out of range: the null)."""
    from .funcs import index as index_
    return _rewrap(x.dom, index_(Vec(7, x.i), i))


def _rewrap(dom, r):
    if r.t == -7:
        return EnumAtom(dom, r.v)
    if r.t == 7:
        return Enum(dom, r.v)
    if r.t == 0:
        return List([_rewrap(dom, e) for e in r.v])
    raise QError("nyi")


def item(x, i):
    return EnumAtom(x.dom, x.i[i])


def text(x):
    """kstr form: `s$`s1`s2, `s$,`s1, `f$2 2; a link column `t!0 0 1."""
    from .format import kstr
    if is_link(x):
        return f"`{x.dom}!" + kstr(Vec(7, x.i) if x.t == 20 else Atom(-7, x.i))
    if x.t == 20 and not len(x.i):
        return f"`{x.dom}$()"           # an empty one (ref/dotq .Q.vp shows `sym$())
    return f"`{x.dom}$" + kstr(plain(x))


def ints(x):
    """"i"$e (ref/enumerate): the indexes backing an enumeration, as ints."""
    i = np.atleast_1d(x.i)
    r = np.where(i == _NULL, qv.NULL_INT[6], i).astype(np.int32)     # a null index is 0Ni
    return Atom(-6, r[0]) if x.t == -20 else Vec(6, r)


def set_item(x, k, new):
    """e[k]:y: y enumerated over e's domain ('cast for a value it lacks), or an item of the same domain."""
    if new.t == -20:
        if new.dom != x.dom:
            raise QError("type")
        j = new.i
    elif is_link(x):
        raise QError("nyi")     # stackoverflow q 65657224 shows 't here; not documented
    elif new.t < 0 and new.t == -x.kt:
        j = enumerate_(x.dom, new).i
    else:
        raise QError("type")
    i = x.i.copy()
    i[k] = j
    return Enum(x.dom, i)


def deref(x, field):
    """Foreign-key or link access s.name, parent.id: the column `field` of the domain's table at x's rows."""
    d = _ip().get_global(x.dom)
    if d.t == 99 and d.k.t == 98:
        tbl = d.v
    elif d.t == 98:
        tbl = d
    else:
        raise QError("type")
    names = list(tbl.k.v)
    if field not in names:
        raise QError(field)
    col = tbl.v[names.index(field)]
    from .funcs import index as index_
    if x.t == -20:
        return index_(col, Atom(-7, x.i))
    return index_(col, Vec(7, x.i))


def from_atoms(items):
    """Enumerated atoms of one domain collapse to an enumeration, as q's lists do; mixed domains stay general."""
    d = items[0].dom
    if any(e.dom != d for e in items):
        return List(list(items))
    return Enum(d, np.array([e.i for e in items], dtype=np.int64))


# ---- verb rows: how the glyphs and keywords treat enumerations --------------------------------------------
# (installed by keywords/tables.py once the verb table is complete; each wraps the row it finds)


def _is_domain_name(x):
    from .keywords.strings import _NAMES
    return x.t == -11 and x.v and x.v not in _NAMES and x.v in _ip().globals


def _wrap_enum_verbs():
    from .verbs import VERBS
    cast = VERBS["$"]
    old_cast = cast.dyad

    def cast_dyad(x, y):
        if y.t in (20, -20):
            from .keywords.strings import cast_target
            if x.t in (-11, -10, -5) and not _is_domain_name(x) and cast_target(x) == (6, False):
                return ints(y)           # "i"$e: the indexes (ref/enumerate)
            raise QError("nyi")
        # `s$`s1`s2 enumerates over the domain named s (a symbol that is not a type name)
        if _is_domain_name(x) and -20 < y.t < 20 and y.t != 0:
            return enumerate_(x.v, y)
        if y.t == 0 and not y.v and _is_domain_name(x):
            _domain(x.v)                 # `market$(): an empty enumeration over the domain
            return Enum(x.v, np.zeros(0, dtype=np.int64))
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

    bang = VERBS["!"]
    old_bang = bang.dyad

    def bang_dyad(x, y):
        if _is_domain_name(x) and y.t in (6, 7):
            return enumeration(x.v, y)
        return old_bang(x, y)
    bang.dyad = bang_dyad

    # comparison and search see an enumeration's values
    for g in ("=", "<>", "<", ">", "<=", ">=", "in", "like", "within"):
        p = VERBS.get(g)
        if p is None or p.dyad is None:
            continue

        def make(old):
            def dyad(x, y):
                if x.t in (20, -20) or y.t in (20, -20):
                    return old(_no_links(x), _no_links(y))
                return old(x, y)
            return dyad
        p.dyad = make(p.dyad)

    VERBS["first"].monad = _enum_end(VERBS["first"].monad, 0)
    VERBS["last"].monad = _enum_end(VERBS["last"].monad, -1)
    d = VERBS["distinct"]
    old_distinct = d.monad

    def distinct(x):
        if x.t == 20:
            _, first = np.unique(x.i, return_index=True)
            return like(x, x.i[np.sort(first)])
        return old_distinct(x)
    d.monad = distinct


def _enum_end(old, pos):

    def monad(x):
        if x.t == 20:
            if not len(x.i):
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
                return old(_no_links(x)) if x.t == 20 else old(x)
            return monad
        p.monad = make(p.monad)


def _symbols_domain(v):
    """A symbol, or an enumeration over a symbol list (not a keyed table)."""
    if v.t in (-11, 11):
        return True
    try:
        return v.t in (20, -20) and _ip().get_global(v.dom).t == 11
    except QError:
        return False


def join(x, y):
    """Join (ref/join) with enumerations: one domain stays an enumeration; an atom with an atom of another
    domain or a symbol is a general list; otherwise enumerations over symbol lists join as symbols."""
    if x.t in (20, -20) and y.t in (20, -20) and x.dom == y.dom:
        return like(x, np.concatenate([np.atleast_1d(x.i), np.atleast_1d(y.i)]))
    if not (_symbols_domain(x) and _symbols_domain(y)):
        raise QError("nyi")
    if x.t < 0 and y.t < 0:
        return List([x, y])      # (`sym$`b),`b is a general list of the two (ref/join)
    from .verbs import VERBS
    return VERBS[","].dyad(plain(x), plain(y))    # with a vector: symbols (ref/join)


def _wrap_enum_list_ops():
    """List verbs that only move items keep an enumeration: reverse, #, _, x?y, joining two of one domain."""
    from .verbs import VERBS

    p = VERBS["reverse"]
    old_rev = p.monad
    p.monad = lambda x: like(x, x.i[::-1].copy()) if x.t == 20 else old_rev(x)
    for name, step in (("prev", -1), ("next", 1)):     # x -1+til count x, x 1+til count x (ref/next)
        p = VERBS[name]

        def make(old, step):
            return lambda x: index(x, Vec(7, np.arange(len(x.i), dtype=np.int64) + step)) if x.t == 20 else old(x)
        p.monad = make(p.monad, step)
    for g in ("#", "_"):
        p = VERBS[g]

        def make(old, g):
            def dyad(x, y):
                if y.t == 20 and x.t in (-7, -6, -5, 7, 6, 5):
                    return _rewrap(y.dom, old(x, Vec(7, y.i)))
                if g == "_" and x.t == 20 and y.t in (-7, -6, -5):
                    return _rewrap(x.dom, old(Vec(7, x.i), y))    # e _ i drops the item at i
                return old(x, y)
            return dyad
        p.dyad = make(p.dyad, g)
    p = VERBS["?"]
    old_find = p.dyad
    p.dyad = lambda x, y: old_find(_no_links(x), _no_links(y)) if x.t == 20 else old_find(x, y)
    p = VERBS[","]
    old_join = p.dyad
    p.dyad = lambda x, y: join(x, y) if x.t in (20, -20) or y.t in (20, -20) else old_join(x, y)
    # x except y and x inter y keep x's items where (not) x in y: an enumeration stays one (ref/except,
    # ref/inter); union is distinct x,y (ref/union), so it joins as `,` does
    for name, keep in (("except", False), ("inter", True)):
        p = VERBS[name]

        def make(old, keep):
            def dyad(x, y):
                if x.t == 20:
                    m = VERBS["in"].dyad(x, y).v
                    return like(x, x.i[m if keep else ~m])
                if x.t == -20:
                    raise QError("nyi")
                return old(x, _no_links(y)) if y.t in (20, -20) else old(x, y)
            return dyad
        p.dyad = make(p.dyad, keep)
    p = VERBS["union"]
    old_union = p.dyad
    p.dyad = lambda x, y: (VERBS["distinct"].monad(VERBS[","].dyad(x, y)) if x.t in (20, -20) or y.t in (20, -20)
                           else old_union(x, y))
    p = VERBS["raze"]
    old_raze = p.monad

    def raze(x):
        if x.t == 0 and any(e.t in (20, -20) for e in x.v):
            if not all(e.t in (20, -20) and e.dom == x.v[0].dom for e in x.v):
                raise QError("nyi")
            return like(x.v[0], np.concatenate([np.atleast_1d(e.i) for e in x.v]))
        return old_raze(x)
    p.monad = raze


def _wrap_enum_value():
    """value of an enumeration is its domain's values (ref/enumerate), key its domain's name; null
    looks at the index, never null for a cast enumeration (ref/null: null`a$` is 0b)."""
    from .verbs import VERBS
    p = VERBS["value"]
    old = p.monad
    p.monad = lambda x: _no_links(x) if x.t in (20, -20) else old(x)
    k = VERBS["key"]
    old_key = k.monad
    k.monad = lambda x: qv.sym(x.dom) if x.t in (20, -20) else old_key(x)
    n = VERBS["null"]
    old_null = n.monad

    def null(x):
        if x.t == -20:
            return Atom(-1, np.bool_(False))
        if x.t == 20:
            return Vec(1, np.zeros(len(x.i), dtype=np.bool_))
        return old_null(x)
    n.monad = null
    # string of an enumeration is the string of its symbols (an HDB's sym columns are enumerations)
    p = VERBS["string"]
    old_string = p.monad
    p.monad = lambda x: old_string(_no_links(x)) if x.t in (20, -20) else old_string(x)
    for name in ("asc", "desc"):
        p = VERBS[name]

        def make(old):
            def monad(x):
                if x.t == 20:
                    raise QError("nyi")    # the sorted attribute on an enumeration: not documented
                return old(x)
            return monad
        p.monad = make(p.monad)


def install():
    _wrap_enum_value()
    _wrap_enum_verbs()
    _wrap_enum_grades()
    _wrap_enum_list_ops()
