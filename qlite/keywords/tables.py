"""Table keywords: cols keys meta xkey xcol xcols insert upsert xasc xdesc xgroup ungroup, the joins
(lj ij uj pj ej aj aj0 asof), fby, and the table forms of glyphs (n!t, keyed lookup, ?[t;c;b;a], ![t;c;b;a]).

Each follows its code.kx.com ref page; what is not done exactly as kdb+ signals 'nyi.
"""
from __future__ import annotations

import numpy as np

from ..errors import QError
from .. import values as qv
from ..values import Atom, Vec, List, Dict, Table, IDENTITY
from ..funcs import Fn, apply, index
from ..match import match
from ..verbs import verb, VERBS
from .. import tables as T
from .. import qsql as Q


def _ip():
    from .. import interpreter
    return interpreter.CURRENT


def _value(x):
    """A table argument given by value or by name (a symbol)."""
    if x.t == -11:
        return _ip().get_global(x.v)
    return x


def _store(x, r):
    """Write r back to the global named by symbol x and return x; otherwise return r."""
    if x.t == -11:
        _ip().globals[x.v] = r
        return x
    return r


def _names(x):
    if x.t == -11:
        return [x.v]
    if x.t == 11:
        return x.v.tolist()
    if x.t == 0 and not x.v:
        return []
    raise QError("type")


def _tbl(x):
    if x.t == 98 or T.is_keyed(x):
        return x
    raise QError("type")


# ---- structure -------------------------------------------------------------------------------------

def cols(x):
    """cols (ref/cols): column names of a table or keyed table (by value or name)."""
    x = _value(x)
    if x.t == 98:
        return x.k
    if T.is_keyed(x):
        return qv.syms(T.col_names(x.k) + T.col_names(x.v))
    if x.t == 99:
        return x.k
    raise QError("type")


def keys(x):
    """keys (ref/keys): the key column names of a keyed table; empty for a table."""
    x = _value(x)
    if T.is_keyed(x):
        return x.k.k
    if x.t == 98:
        return qv.empty(11)
    raise QError("type")


def _meta_char(c):
    if c.t == 20:
        from ..enums import is_link
        if is_link(c):
            raise QError("nyi")     # a link column: i in kb/linking-columns, j in later versions
        return qv.TYPE_CHAR[c.kt]
    if 0 < c.t < 20:
        return qv.TYPE_CHAR[c.t]
    if c.t == 0:
        if c.v and 0 < c.v[0].t < 20:
            return qv.TYPE_CHAR[c.v[0].t].upper()
        return " "
    raise QError("nyi")


def meta(x):
    """meta (ref/meta): keyed table c | t f a of column name, type char, foreign key, attribute."""
    x = _value(x)
    flat = T.unkey(_tbl(x))
    names = T.col_names(flat)
    chars = "".join(_meta_char(c) for c in flat.v)
    attrs = [getattr(c, "attr", "") or "" for c in flat.v]
    # f names the table of a foreign key or link; an enumeration over a symbol list has none (ref/dsave)
    fkeys = [c.dom if c.t == 20 and _enums.over_table(c) else "" for c in flat.v]
    return Dict(T.make(["c"], [qv.syms(names)]),
                T.make(["t", "f", "a"], [qv.string(chars) if len(chars) != 1 else Vec(10, np.frombuffer(chars.encode(), dtype=np.uint8).copy()),
                                          qv.syms(fkeys), qv.syms(attrs)]))


def fkeys(x):
    """fkeys (ref/fkeys): dict of each foreign-key column (an enumeration over a keyed table) to its table:
    with f:([x:1 2 3]y:10 20 30), fkeys ([]a:`f$2 2 2;b:0;c:`f$1 1 1) is `a`c!`f`f."""
    t = _value(x)
    if t.t != 98:
        raise QError("nyi")                 # keyed tables: 'nyi
    names, doms = [], []
    for n, c in zip(T.col_names(t), t.v):
        if c.t == 20:
            d = _enums._ip().get_global(c.dom)
            if not (d.t == 99 and d.k.t == 98):
                raise QError("nyi")         # an enumeration over a symbol list: 'nyi
            names.append(n)
            doms.append(c.dom)
    return Dict(qv.syms(names), qv.syms(doms))


def xkey(x, y):
    """xkey (ref/keys): key table y on columns x (`() xkey t` unkeys)."""
    t = _tbl(_value(y))
    names = _names(x)
    flat = T.unkey(t)
    r = flat if not names else T.key_by(flat, names)
    return _store(y, r)


def xcol(x, y):
    """xcol (ref/cols): rename the first columns of y to x, or rename by a dict old!new."""
    t = _tbl(_value(y))
    keyed = T.is_keyed(t)
    flat = T.unkey(t)
    names = T.col_names(flat)
    if x.t == 99:
        old, new = _names(x.k), _names(x.v)
        if any(n not in names for n in old):
            raise QError("length")
        m = dict(zip(old, new))
        names = [m.get(n, n) for n in names]
    else:
        new = _names(x)
        if len(new) > len(names):
            raise QError("length")
        names = new + names[len(new):]
    r = T.make(names, flat.v)
    if keyed:
        r = T.key_count(r, len(t.k.v))
    return _store(y, r)


def xcols(x, y):
    """xcols (ref/cols): reorder columns, those named in x first."""
    t = _value(y)
    if t.t != 98:
        raise QError("type")
    first = _names(x)
    names = T.col_names(t)
    for n in first:
        if n not in names:
            raise QError(n)
    order = first + [n for n in names if n not in first]
    return _store(y, T.make(order, [T.column(t, n) for n in order]))


def bang(x, y):
    """n!t keys the first n columns (0!t unkeys); other x!y is Dict."""
    if x.t in (-7, -6, -5) and (y.t == 98 or T.is_keyed(y) or (y.t == -11)):
        t = _value(y)
        if t.t == 98 or T.is_keyed(t):
            n = int(x.v)
            if n < 0:
                raise QError("nyi")
            return _store(y, T.key_count(t, n))
    return _dict_dyad(x, y)


# ---- sorting and grouping ----------------------------------------------------------------------------

def _sort_by(x, y, desc):
    t = _tbl(_value(y))
    names = _names(x)
    keyed = T.is_keyed(t)
    flat = T.unkey(t)
    iasc, idesc = VERBS["iasc"].monad, VERBS["idesc"].monad     # the rows, so enumerations sort too
    n = T.nrows(flat)
    order = np.arange(n, dtype=np.int64)
    for nm in reversed(names):
        c = index(T.column(flat, nm), Vec(7, order))
        g = (idesc if desc else iasc)(c).v
        order = order[g]
    r = T.take_rows(t, order)
    if not desc and names:
        f = T.unkey(r)
        j = T.col_names(f).index(names[0])
        c = f.v[j]
        if 0 < c.t < 20:
            cols_ = list(f.v)
            cols_[j] = Vec(c.t, c.v, "s")
            f = Table(f.k, cols_)
            r = T.key_count(f, len(t.k.v)) if keyed else f
    return _store(y, r)


def xasc(x, y):
    """xasc (ref/asc): sort a table ascending by columns x (stable); the first gets `s#."""
    return _sort_by(x, y, False)


def xdesc(x, y):
    """xdesc (ref/desc): sort a table descending by columns x (stable)."""
    return _sort_by(x, y, True)


def xgroup(x, y):
    """xgroup (ref/xgroup): key on columns x, the other columns as lists per group (first-seen order)."""
    t = _value(y)
    if t.t != 98:
        raise QError("type")
    names = _names(x)
    keycols = [T.column(t, n) for n in names]
    firsts, groups = T.group_rows_unsorted(keycols, T.nrows(t))
    rest = [n for n in T.col_names(t) if n not in names]
    kt = T.make(names, [index(c, Vec(7, firsts)) for c in keycols])
    vcols = [List([index(T.column(t, n), Vec(7, g)) for g in groups]) for n in rest]
    return Dict(kt, T.make(rest, vcols))


def ungroup(x):
    """ungroup (ref/ungroup): the inverse of xgroup: list columns spread to one row per item."""
    t = T.unkey(_tbl(x))
    names = T.col_names(t)
    n = T.nrows(t)
    lens = None
    for c in t.v:
        if c.t == 0 and all(e.t >= 0 for e in c.v):
            ls = np.array([qv.count(e) for e in c.v], dtype=np.int64)
            if lens is None:
                lens = ls
            elif not (lens == ls).all():
                raise QError("length")
    if lens is None:
        return t
    rows = np.repeat(np.arange(n, dtype=np.int64), lens)
    out = []
    from .lists import raze
    for c in t.v:
        if c.t == 0 and c.v and all(e.t == 20 for e in c.v):
            from ..enums import Enum
            out.append(Enum(c.v[0].dom, np.concatenate([e.i for e in c.v])))
        elif c.t == 0 and all(e.t >= 0 for e in c.v):
            out.append(raze(c) if c.v else List([]))
        else:
            out.append(index(c, Vec(7, rows)))
    return T.make(names, out)


# ---- insert / upsert ---------------------------------------------------------------------------------

def _rows_of(t, y):
    """Rows to add to table t from y: a table, a dict (one row), or a list of column values / a row."""
    names = T.col_names(t)
    if y.t == 98:
        if T.col_names(y) != names:
            yn = T.col_names(y)
            if not set(yn) <= set(names):
                raise QError("mismatch")
            # columns y lacks are nulls of the table's column types
            m = T.nrows(y)
            y = T.make(names, [T.column(y, n) if n in yn else _nulls_like(c, m) for n, c in zip(names, t.v)])
        return y
    if y.t == 99 and y.k.t == 11:
        m = dict(zip(y.k.v.tolist(), qv.items(y.v)))
        vals = []
        for n, c in zip(names, t.v):
            vals.append(m[n] if n in m else (qv.null_atom(c.t) if 0 < c.t < 20 else List([])))
        return T.make(names, [qv.enlist(v) for v in vals])
    if T.is_keyed(y):
        return T.unkey(y)
    its = qv.items(y) if y.t >= 0 else [y]
    if len(its) != len(names) and its and all(e.t >= 0 and qv.count(e) == len(names) for e in its):
        # a list of rows: (row;row;...)
        rows = [_rows_of(t, e) for e in its]
        out = rows[0]
        for r in rows[1:]:
            out = _append_cols(out, r)
        return out
    if len(its) != len(names):
        raise QError("length")
    if all(e.t < 0 or e.t >= 100 for e in its):
        return T.make(names, [qv.enlist(e) for e in its])
    cs = T.conform(its)
    return T.make(names, cs)


def _append_cols(t, add):
    """Columns of t with the rows of table add appended; types must agree as in kdb+."""
    out = []
    for c, a in zip(t.v, add.v):
        if c.t == 20 and a.t in (c.kt, 20):
            from ..enums import enumerate_, like
            a = a if a.t == 20 else enumerate_(c.dom, a)
            out.append(like(c, np.concatenate([c.i, a.i])))
            continue
        if 0 < c.t < 20 and qv.count(c) > 0:    # an empty table takes the new rows' types (kdb+)
            if a.t != c.t:
                if a.t == 0 and not a.v:
                    out.append(c)
                    continue
                raise QError("type")
            out.append(Vec(c.t, np.concatenate([c.v, a.v])))
        elif c.t == 0 and not c.v or (0 < c.t < 20 and qv.count(c) == 0):
            out.append(a)
        else:
            out.append(qv.from_items(list(qv.items(c)) + list(qv.items(a))) if c.t == 0 else
                       List(list(qv.items(c)) + list(qv.items(a))))
    return Table(t.k, out)


def insert(x, y):
    """insert (ref/insert): append rows to the table named x; the result is the new row indexes.
    A keyed table refuses keys it already has ('insert)."""
    if x.t != -11:
        raise QError("type")
    ip = _ip()
    if x.v not in ip.globals and (y.t == 98 or T.is_keyed(y)):
        # inserting a table into a name not yet defined defines it
        ip.globals[x.v] = y
        return Vec(7, np.arange(qv.count(y), dtype=np.int64))
    t = _tbl(ip.get_global(x.v))
    if T.is_keyed(t):
        flat = T.unkey(t)
        add = _rows_of(flat, y)
        nk = len(t.k.v)
        have = set(zip(*[T.keyable(c) for c in t.k.v])) if T.nrows(t.k) else set()
        newk = list(zip(*[T.keyable(c) for c in add.v[:nk]]))
        if any(k in have for k in newk) or len(set(newk)) != len(newk):
            raise QError("insert")
        r = _append_cols(flat, add)
        n0 = T.nrows(flat)
        _ip().globals[x.v] = T.key_count(r, nk)
    else:
        add = _rows_of(t, y)
        n0 = T.nrows(t)
        r = _append_cols(t, add)
        _ip().globals[x.v] = r
    return Vec(7, np.arange(n0, n0 + T.nrows(add), dtype=np.int64))


def upsert(x, y):
    """upsert (ref/upsert): append rows to a table; on a keyed table replace rows whose key exists."""
    v = _value(x)
    if v.t == 99 and v.k.t != 98 and v.attr == "s":
        raise QError("step")      # a sorted dictionary is a step function; it cannot grow (kb/temporal data)
    t = _tbl(v)
    if T.is_keyed(t):
        flat = T.unkey(t)
        add = _rows_of(flat, y) if not T.is_keyed(y) else T.unkey(y)
        r = _upsert_keyed(t, add)
    else:
        add = _rows_of(t, y)
        r = _append_cols(t, add)
    return _store(x, r)


def _upsert_keyed(kt, add):
    nk = len(kt.k.v)
    knames = T.col_names(kt.k)
    flat = T.unkey(kt)
    names = T.col_names(flat)
    have = {k: i for i, k in enumerate(zip(*[T.keyable(c) for c in kt.k.v]))} if T.nrows(kt.k) else {}
    addk = list(zip(*[T.keyable(T.column(add, n)) for n in knames]))
    cols_ = {n: list(qv.items(c)) for n, c in zip(names, flat.v)}
    for n in T.col_names(add):
        if n not in cols_:
            raise QError("nyi")
    for r, k in enumerate(addk):
        row = {n: qv.item(T.column(add, n), r) for n in T.col_names(add)}
        if k in have:
            i = have[k]
            for n, v in row.items():
                cols_[n][i] = v
        else:
            have[k] = len(cols_[names[0]])
            for n in names:
                cols_[n].append(row[n] if n in row else qv.null_of_list(T.column(flat, n)))
    out = []
    for n, c in zip(names, flat.v):
        its = cols_[n]
        nv = qv.from_items(its) if its else c
        if 0 < c.t < 20 and nv.t != c.t:
            raise QError("type")
        out.append(nv)
    return T.key_count(T.make(names, out), nk)


# ---- joins -------------------------------------------------------------------------------------------

def _lookup(kt, t):
    """Row of keyed table kt for each row of t (by kt's key columns); -1 where missing."""
    knames = T.col_names(kt.k)
    have = {}
    for i, k in enumerate(zip(*[T.keyable(c) for c in kt.k.v])):
        have.setdefault(k, i)
    tk = list(zip(*[T.keyable(T.column(t, n)) for n in knames]))
    return np.array([have.get(k, -1) for k in tk], dtype=np.int64)


def _null_fill(c, pos):
    """Column c indexed at pos, with the column's null where pos is -1."""
    return index(c, Vec(7, np.where(pos < 0, qv.count(c), pos)))


def lj(x, y):
    """lj (ref/lj): left join: for each row of table x the matching row of keyed table y
    (columns of y overwrite, missing keys give nulls)."""
    if not T.is_keyed(y):
        raise QError("type")
    keyed = T.is_keyed(x)
    t = T.unkey(_tbl(x))
    pos = _lookup(y, t)
    names = T.col_names(t)
    out = list(t.v)
    for n, c in zip(T.col_names(y.v), y.v.v):
        vals = _null_fill(c, pos)
        if n in names:
            j = names.index(n)
            old = out[j]
            hit = pos >= 0
            if 0 < old.t < 20 and old.t == vals.t:
                v = old.v.copy()
                v[hit] = vals.v[hit]
                out[j] = Vec(old.t, v)
            else:
                its = list(qv.items(old))
                nv = qv.items(vals)
                for r in np.nonzero(hit)[0].tolist():
                    its[r] = nv[r]
                out[j] = qv.from_items(its) if its else old
        else:
            names.append(n)
            out.append(vals)
    r = T.make(names, out)
    return T.key_count(r, len(x.k.v)) if keyed else r


def ij(x, y):
    """ij (ref/ij): inner join: rows of x whose key is in keyed table y, with y's columns."""
    if not T.is_keyed(y):
        raise QError("type")
    keyed = T.is_keyed(x)
    t = T.unkey(_tbl(x))
    pos = _lookup(y, t)
    keep = np.nonzero(pos >= 0)[0]
    sub = T.take_rows(t, keep)
    r = lj(sub, y)
    return T.key_count(r, len(x.k.v)) if keyed else r


def pj(x, y):
    """pj (ref/pj): plus join: add y's values for matching keys (missing count as 0)."""
    if not T.is_keyed(y):
        raise QError("type")
    t = T.unkey(_tbl(x))
    pos = _lookup(y, t)
    names = T.col_names(t)
    out = list(t.v)
    from ..verbs import add
    for n, c in zip(T.col_names(y.v), y.v.v):
        vals = _null_fill(c, pos)
        from .lists import fill
        vals = fill(Atom(-7, np.int64(0)) if c.t in (5, 6, 7, 1, 4) else Atom(-9, np.float64(0)), vals) \
            if 0 < c.t < 10 else vals
        if n in names:
            j = names.index(n)
            out[j] = add(out[j], vals)
        else:
            names.append(n)
            out.append(vals)
    r = T.make(names, out)
    return T.key_count(r, len(x.k.v)) if T.is_keyed(x) else r


def uj(x, y):
    """uj (ref/uj): union join: all columns of both, rows of x then y (keyed: y upserts into x)."""
    if T.is_keyed(x) and T.is_keyed(y):
        fx = T.unkey(x)
        fy = T.unkey(y)
        nx = T.col_names(fx)
        extra = [n for n in T.col_names(fy) if n not in nx]
        cols_ = list(fx.v) + [_nulls_like(T.column(fy, n), T.nrows(fx)) for n in extra]
        base = T.key_count(T.make(nx + extra, cols_), len(x.k.v))
        return _upsert_keyed(base, fy)
    if x.t != 98 or y.t != 98:
        raise QError("type")
    nx, ny = T.col_names(x), T.col_names(y)
    names = nx + [n for n in ny if n not in nx]
    n1, n2 = T.nrows(x), T.nrows(y)
    out = []
    join = VERBS[","].dyad
    for n in names:
        a = T.column(x, n) if n in nx else None
        b = T.column(y, n) if n in ny else None
        if a is None:
            a = _nulls_like(b, n1)
        if b is None:
            b = _nulls_like(a, n2)
        out.append(join(a, b))
    return T.make(names, out)


def _nulls_like(c, n):
    if 0 < c.t < 20:
        return index(c, Vec(7, np.full(n, qv.count(c), dtype=np.int64)))
    if c.t == 0 and c.v and 0 < c.v[0].t < 20 and c.v[0].t == 10:
        return List([qv.string("") for _ in range(n)])
    return List([qv.null_of_list(c) if c.v else List([]) for _ in range(n)])


def ej(c, x, y):
    """ej (ref/ej): equi join on columns c: every pair of matching rows, x's columns then y's."""
    names = _names(c)
    x, y = T.unkey(_tbl(x)), T.unkey(_tbl(y))
    idx = {}
    for i, k in enumerate(zip(*[T.keyable(T.column(y, n)) for n in names])):
        idx.setdefault(k, []).append(i)
    xi, yi = [], []
    for i, k in enumerate(zip(*[T.keyable(T.column(x, n)) for n in names])):
        for j in idx.get(k, ()):
            xi.append(i)
            yi.append(j)
    a = T.take_rows(x, np.array(xi, dtype=np.int64))
    b = T.take_rows(y, np.array(yi, dtype=np.int64))
    xn = T.col_names(a)
    out_names, out = list(xn), list(a.v)
    for n, col in zip(T.col_names(b), b.v):
        if n in xn:
            out[xn.index(n)] = col
        else:
            out_names.append(n)
            out.append(col)
    return T.make(out_names, out)


def _asof_pos(c, t1, t2):
    """For each row of t1, the last row of t2 with equal c[:-1] and c[-1] at or before; -1 if none."""
    *eqs, tm = c
    groups = {}
    keys2 = list(zip(*[T.keyable(T.column(t2, n)) for n in eqs])) if eqs else [()] * T.nrows(t2)
    for i, k in enumerate(keys2):
        groups.setdefault(k, []).append(i)
    t2t = T.column(t2, tm)
    t1t = T.column(t1, tm)
    if not (0 < t2t.t < 20 and t1t.t == t2t.t or (t1t.t in (5, 6, 7) and t2t.t in (5, 6, 7))):
        raise QError("type") if t1t.t != t2t.t else QError("nyi")
    keys1 = list(zip(*[T.keyable(T.column(t1, n)) for n in eqs])) if eqs else [()] * T.nrows(t1)
    pos = np.full(T.nrows(t1), -1, dtype=np.int64)
    rows1 = {}
    for r, k in enumerate(keys1):
        rows1.setdefault(k, []).append(r)
    for k, rs in rows1.items():      # one vectorised search per group
        g = groups.get(k)
        if not g:
            continue
        ga = np.array(g, dtype=np.int64)
        rs = np.array(rs, dtype=np.int64)
        j = np.searchsorted(t2t.v[ga], t1t.v[rs], side="right") - 1
        ok = j >= 0
        pos[rs[ok]] = ga[j[ok]]
    return pos


def _aj(c, x, y, keep_left_time):
    names = _names(c)
    t1, t2 = T.unkey(_tbl(x)), T.unkey(_tbl(y))
    pos = _asof_pos(names, t1, t2)
    n1 = T.col_names(t1)
    out_names, out = list(n1), list(t1.v)
    for n, col in zip(T.col_names(t2), t2.v):
        if n in names[:-1]:
            continue
        if n == names[-1] and keep_left_time:
            continue
        vals = _null_fill(col, pos)
        if n in n1:
            j = n1.index(n)
            old = out[j]
            if n == names[-1]:
                out[j] = vals
                continue
            hit = pos >= 0
            if 0 < old.t < 20 and old.t == vals.t:
                v = old.v.copy()
                v[hit] = vals.v[hit]
                out[j] = Vec(old.t, v)
            else:
                out[j] = vals
        else:
            out_names.append(n)
            out.append(vals)
    return T.make(out_names, out)


def aj(c, x, y):
    """aj (ref/aj): as-of join: for each row of x the last row of y with equal leading columns and
    time at or before x's; x's time is kept."""
    return _aj(c, x, y, True)


def aj0(c, x, y):
    """aj0 (ref/aj): as aj, but the time column is y's (the time of the matched row)."""
    return _aj(c, x, y, False)


def asof(x, y):
    """asof (ref/asof): t asof d: the row of t as of the values in dict/table y (last key = time)."""
    t = _tbl(x)
    if y.t == 99 and y.k.t == 11:
        q = T.make(y.k.v.tolist(), [qv.enlist(v) for v in qv.items(y.v)])
        r = _asof_rows(t, q)
        return qv.item(r, 0)
    if y.t == 98:
        return _asof_rows(t, y)
    raise QError("type")


def _asof_rows(t, q):
    names = T.col_names(q)
    pos = _asof_pos(names, q, t)
    rest = [n for n in T.col_names(t) if n not in names]
    return T.make(rest, [_null_fill(T.column(t, n), pos) for n in rest])


# ---- fby ---------------------------------------------------------------------------------------------

def fby(x, y):
    """fby (ref/fby): (f;v) fby g: f applied to v within each group of g, one result per row."""
    if x.t != 0 or len(x.v) != 2:
        raise QError("type")
    f, v = x.v
    if y.t == 98:
        keycols = list(y.v)
    else:
        keycols = [y]
    n = qv.count(v)
    for kc in keycols:
        if qv.count(kc) != n:
            raise QError("length")
    _, groups = T.group_rows_unsorted(keycols, n)
    res = [None] * n
    for g in groups:
        r = apply(f, [index(v, Vec(7, g))])
        if r.t >= 0 and r.t < 98:
            its = qv.items(r)
            if len(its) != len(g):
                raise QError("length")
            for p, e in zip(g.tolist(), its):
                res[p] = e
        else:
            for p in g.tolist():
                res[p] = r
    return qv.from_items(res) if res else index(v, Vec(7, np.zeros(0, dtype=np.int64)))


# ---- glyph forms on tables ----------------------------------------------------------------------------

def keyed_get(d, k):
    """kt[k]: the value row(s) of keyed table d for key k (atom/list for one key column, a dict or a
    table of key columns)."""
    kt = d.k
    nk = len(kt.v)
    if k.t == 98:
        pos = _lookup(d, k)
        return Table(d.v.k, [_null_fill(c, pos) for c in d.v.v])
    if k.t == 99 and k.k.t == 11:
        q = T.make(k.k.v.tolist(), [qv.enlist(v) for v in qv.items(k.v)])
        pos = _lookup(d, q)
        return qv.item(Table(d.v.k, [_null_fill(c, pos) for c in d.v.v]), 0)
    if nk == 1 and k.t < 0:
        q = T.make(T.col_names(kt), [qv.enlist(k)])
        pos = _lookup(d, q)
        return qv.item(Table(d.v.k, [_null_fill(c, pos) for c in d.v.v]), 0)
    if 0 <= k.t < 20 and qv.count(k) != nk:
        raise QError("length")      # a list is one compound key: s 2 3 on a one-column key
    if 0 < k.t < 20:
        k = List(qv.items(k))
    if k.t == 0 and len(k.v) == nk and all(e.t < 0 for e in k.v):
        q = T.make(T.col_names(kt), [qv.enlist(e) for e in k.v])
        pos = _lookup(d, q)
        return qv.item(Table(d.v.k, [_null_fill(c, pos) for c in d.v.v]), 0)
    raise QError("nyi")


def _wrap_extra(glyph, fn, n_args):
    """Route rank-n_args applications of a glyph on tables to fn; everything else to the old row."""
    p = VERBS[glyph]
    old = p.extra

    def extra(*args):
        if len(args) in n_args and (args[0].t in (98, -11) or T.is_keyed(args[0])):
            return fn(*args)
        if old is None:
            raise QError("rank")
        return old(*args)
    p.extra = extra


def _select_or_exec(*args):
    if len(args) == 3:
        return Q.simple_exec(*args)
    return Q.functional_select(*args)


_dict_dyad = VERBS["!"].dyad
VERBS["!"].dyad = bang
_wrap_extra("?", _select_or_exec, (3, 4, 5, 6))
_wrap_extra("!", Q.functional_update, (4,))

for _name, _f in [("cols", cols), ("keys", keys), ("meta", meta), ("ungroup", ungroup), ("fkeys", fkeys)]:
    verb(_name, _f, None, t=101)
for _name, _f in [("xkey", xkey), ("xcol", xcol), ("xcols", xcols), ("xasc", xasc), ("xdesc", xdesc),
                  ("xgroup", xgroup), ("insert", insert), ("upsert", upsert), ("lj", lj), ("ij", ij),
                  ("pj", pj), ("uj", uj), ("asof", asof), ("fby", fby)]:
    verb(_name, None, _f, infix=True)
verb("ljf", None, lj, infix=True)
verb("ijf", None, ij, infix=True)
verb("ej", None, None, extra=ej, rank=3)
verb("aj", None, None, extra=aj, rank=3)
verb("aj0", None, None, extra=aj0, rank=3)


# ---- asc / desc of tables ----------------------------------------------------------------------------

def _sort_table(x, desc):
    """asc/desc of a table sorts by all columns; a keyed table by its value columns. asc marks the first
    sort column `s# (one column) or `p# (more)."""
    if x.t == 98:
        t, keyed = x, False
    else:
        t, keyed = x.v, True
    names = T.col_names(t)
    iasc, idesc = VERBS["iasc"].monad, VERBS["idesc"].monad     # the rows, so enumerations sort too
    order = np.arange(T.nrows(t), dtype=np.int64)
    for nm in reversed(names):
        c = index(T.column(t, nm), Vec(7, order))
        order = order[(idesc if desc else iasc)(c).v]
    r = T.take_rows(x, order)
    if not desc:
        tv = r.v if keyed else r
        c0 = tv.v[0]
        if 0 < c0.t < 20:
            tv = Table(tv.k, [Vec(c0.t, c0.v, "s" if len(names) == 1 else "p")] + list(tv.v[1:]))
        r = Dict(r.k, tv) if keyed else tv
    return r


def _wrap_monad(name, fn):
    p = VERBS[name]
    old = p.monad

    def monad(x):
        if x.t == 98 or T.is_keyed(x):
            return fn(x)
        return old(x)
    p.monad = monad


_wrap_monad("asc", lambda x: _sort_table(x, False))
_wrap_monad("desc", lambda x: _sort_table(x, True))


# ---- join (,) of tables ------------------------------------------------------------------------------

def join_assign(x, y):
    """t,:y appends like insert: a table or dict with only some of the columns fills the rest with nulls;
    e,:y on an enumeration enumerates y first ('cast when a value is not in the domain)."""
    if x.t == 20:
        from ..enums import enumerate_, like
        if y.t not in (20, -20):
            y = enumerate_(x.dom, y)
        elif y.dom != x.dom:
            raise QError("type")
        return like(x, np.concatenate([x.i, np.atleast_1d(y.i)]))
    if x.t == 98 and y.t == 98 and sorted(T.col_names(y)) != sorted(T.col_names(x)):
        if not set(T.col_names(y)) <= set(T.col_names(x)):
            raise QError("mismatch")
        return uj(x, y)
    if x.t == 98 and y.t == 99 and y.k.t == 11:
        return _append_cols(x, _rows_of(x, y))
    return _join_table(x, y)


def _join_table(x, y):
    """t,u appends rows (columns must match by name); t,row appends one row (a list of atoms or a dict),
    t,(row;row) several; kt,u upserts (ref/join)."""
    if T.is_keyed(x):
        if T.is_keyed(y):
            if T.col_names(x.k) != T.col_names(y.k):
                raise QError("mismatch")
            return _upsert_keyed(x, T.unkey(y))
        flat = T.unkey(x)
        if y.t == 99 and y.k.t == 11:
            return _upsert_keyed(x, _rows_of(flat, y))
        if y.t >= 0 and y.t < 98:
            its = qv.items(y)
            rows = [y] if all(e.t < 0 for e in its) else its
            r = x
            for row in rows:
                r = _upsert_keyed(r, _rows_of(flat, row))
            return r
        raise QError("type")
    if y.t == 98:
        if sorted(T.col_names(y)) != sorted(T.col_names(x)):
            raise QError("mismatch")
        y = T.make(T.col_names(x), [T.column(y, n) for n in T.col_names(x)])
        join = VERBS[","].dyad      # the verb row: enumerated columns join too
        return Table(x.k, [join(a, b) for a, b in zip(x.v, y.v)])
    if y.t == 99 and y.k.t == 11:
        if sorted(y.k.v.tolist()) != sorted(T.col_names(x)):
            raise QError("mismatch")
        return _append_cols(x, _rows_of(x, y))
    if y.t >= 0 and y.t < 98:
        its = qv.items(y)
        if all(e.t < 0 for e in its):
            rows = [y]
        else:
            rows = its
        r = x
        for row in rows:
            r = _append_cols(r, _rows_of(r, row))
        return r
    raise QError("type")


def _wrap_join():
    p = VERBS[","]
    old = p.dyad

    def dyad(x, y):
        if x.t == 98 or T.is_keyed(x):
            return _join_table(x, y)
        return old(x, y)
    p.dyad = dyad


_wrap_join()


# ---- aggregates and uniform functions over the columns of a table ---------------------------------------

def _on_columns(t, f):
    """f on each column: a table (or keyed table's value table) of the results."""
    if T.is_keyed(t):
        return Dict(t.k, _on_columns(t.v, f))
    return Table(t.k, [f(c) for c in t.v])


def _wrap_aggregate(name):
    """sum t, max t ...: a dict of column name to the aggregate of that column."""
    p = VERBS.get(name)
    if p is None or p.monad is None:
        return
    old = p.monad

    def monad(x):
        if x.t == 98:
            return Dict(x.k, qv.from_items([old(c) for c in x.v]))
        return old(x)
    p.monad = monad


def _wrap_uniform(name):
    """sums t, avgs t ...: the function on every column (keys of a keyed table stay)."""
    p = VERBS.get(name)
    if p is None or p.monad is None:
        return
    old = p.monad

    def monad(x):
        if x.t == 98 or T.is_keyed(x):
            return _on_columns(x, old)
        return old(x)
    p.monad = monad


def _wrap_moving(name):
    """2 mavg t ...: the moving function on every column."""
    p = VERBS.get(name)
    if p is None or p.dyad is None:
        return
    old = p.dyad

    def dyad(x, y):
        if y.t == 98 or T.is_keyed(y):
            return _on_columns(y, lambda c: old(x, c))
        return old(x, y)
    p.dyad = dyad


for _name in ("sum", "prd", "max", "min", "avg", "dev", "var", "sdev", "svar", "all", "any"):
    _wrap_aggregate(_name)
for _name in ("sums", "prds", "maxs", "mins", "avgs", "deltas", "ratios"):
    _wrap_uniform(_name)
for _name in ("mavg", "mcount", "msum", "mmax", "mmin", "mdev"):
    _wrap_moving(_name)


# ---- enumerations: their verb rows live in enums.py ----------------------------------------------------

from .. import enums as _enums  # noqa: E402

_enums.install()


# ---- set operations on tables (rows as items) -----------------------------------------------------------

def _row_keys(t):
    return list(zip(*[T.keyable(c) for c in t.v])) if t.v else []


def _wrap_set_ops():
    """inter, except and union of tables with the same columns work on whole rows."""
    def inter_(x, y):
        ys = set(_row_keys(y))
        return T.take_rows(x, np.array([i for i, k in enumerate(_row_keys(x)) if k in ys], dtype=np.int64))

    def except_(x, y):
        ys = set(_row_keys(y))
        return T.take_rows(x, np.array([i for i, k in enumerate(_row_keys(x)) if k not in ys], dtype=np.int64))

    def union_(x, y):
        from .lists import distinct
        return distinct(_join_table(x, y))

    for name, fn in (("inter", inter_), ("except", except_), ("union", union_)):
        p = VERBS[name]

        def make(old, fn):
            def dyad(x, y):
                if x.t == 98 and y.t == 98:
                    if T.col_names(x) != T.col_names(y):
                        raise QError("nyi")
                    return fn(x, y)
                return old(x, y)
            return dyad
        p.dyad = make(p.dyad, fn)


_wrap_set_ops()


# ---- window joins ----------------------------------------------------------------------------------

def _wj(w, c, t, qspec, open_start):
    """wj/wj1 (ref/wj): for each row of t, aggregate the rows of q with the same c[:-1] whose time c[-1]
    is in the window (w[0];w[1]) of that row; wj also takes the quote prevailing at the window start."""
    names = _names(c)
    if qspec.t != 0 or len(qspec.v) < 2:
        raise QError("type")
    q = T.unkey(_tbl(qspec.v[0]))
    aggs = []
    for spec in qspec.v[1:]:
        if spec.t != 0 or len(spec.v) != 2 or spec.v[1].t != -11:
            raise QError("type")
        aggs.append((spec.v[0], spec.v[1].v))
    if len({col for _, col in aggs}) != len(aggs):
        raise QError("nyi")     # two aggregations of one column: ref/wj shows one column each
    t = T.unkey(_tbl(t))
    if qv.count(w) != 2 or w.t < 0:
        raise QError("length")
    begin, end = qv.item(w, 0), qv.item(w, 1)
    *eqs, tm = names
    qt, tt = T.column(q, tm), T.column(t, tm)
    if not (0 < qt.t < 20 and begin.t == qt.t and end.t == qt.t and tt.t == qt.t):
        raise QError("type") if qt.t != tt.t else QError("nyi")
    groups = {}
    keys_q = list(zip(*[T.keyable(T.column(q, n)) for n in eqs])) if eqs else [()] * T.nrows(q)
    for i, k in enumerate(keys_q):
        groups.setdefault(k, []).append(i)
    keys_t = list(zip(*[T.keyable(T.column(t, n)) for n in eqs])) if eqs else [()] * T.nrows(t)
    out = [[] for _ in aggs]
    for r, k in enumerate(keys_t):
        g = np.array(groups.get(k, []), dtype=np.int64)
        tv = qt.v[g]
        b, e = begin.v[r], end.v[r]
        lo = np.searchsorted(tv, b, side="left")
        if open_start:
            prev = np.searchsorted(tv, b, side="right") - 1
            lo = prev if prev >= 0 else lo
        hi = np.searchsorted(tv, e, side="right")
        rows = Vec(7, g[lo:hi])
        for j, (f, col) in enumerate(aggs):
            out[j].append(apply(f, [index(T.column(q, col), rows)]))
    names_out = T.col_names(t)
    cols_out = list(t.v)
    for (f, col), vals in zip(aggs, out):
        v = qv.from_items(vals) if vals else List([])
        if col in names_out:
            cols_out[names_out.index(col)] = v
        else:
            names_out.append(col)
            cols_out.append(v)
    return T.make(names_out, cols_out)


verb("wj", None, None, extra=lambda w, c, t, q: _wj(w, c, t, q, True), rank=4)
verb("wj1", None, None, extra=lambda w, c, t, q: _wj(w, c, t, q, False), rank=4)


# parse and eval (parse trees of qSQL are functional forms): filled only where the core row is still 'nyi
from .. import parsetree as _parsetree  # noqa: E402

_parsetree.install()




# ---- bin on tables -------------------------------------------------------------------------------------

def _row_tuples(t, names):
    """Rows of the named columns as comparable tuples (nulls first, as q sorts them)."""
    cols = []
    for n in names:
        c = T.column(t, n)
        if c.t in (8, 9):
            cols.append(np.where(np.isnan(c.v), -np.inf, c.v).tolist())
        elif 0 < c.t < 20 and c.t != 2:
            cols.append(c.v.tolist())
        else:
            raise QError("nyi")
    return list(zip(*cols))


def _wrap_bin():
    """t bin u (ref/bin): for each row of u, the last row of sorted t with the same leading columns and
    the last column at or below u's (0N when none)."""
    import bisect
    p = VERBS["bin"]
    old = p.dyad

    def dyad(x, y):
        if x.t == 98 and (y.t == 98 or y.t == 99 and y.k.t == 11):
            names = T.col_names(x)
            q = y if y.t == 98 else T.make(y.k.v.tolist(), [qv.enlist(v) for v in qv.items(y.v)])
            if T.col_names(q) != names:
                raise QError("mismatch")
            for a, b in zip(x.v, q.v):
                if a.t != b.t:
                    raise QError("type")
            # leading columns match exactly; the last one is searched like bin within that group
            groups = {}
            for i, row in enumerate(_row_tuples(x, names)):
                g = groups.setdefault(row[:-1], ([], []))
                g[0].append(row[-1])
                g[1].append(i)
            if any(vals != sorted(vals) for vals, _ in groups.values()):
                raise QError("nyi")         # t unsorted within a group: what kdb+'s search finds is not documented
            out = []
            for row in _row_tuples(q, names):
                vals, pos = groups.get(row[:-1], ([], []))
                j = bisect.bisect_right(vals, row[-1]) - 1
                out.append(pos[j] if j >= 0 else qv.NULL_INT[7])
            r = np.array(out, dtype=np.int64)
            return Atom(-7, r[0]) if y.t == 99 else Vec(7, r)
        if T.is_keyed(x) and y.t == 98:
            return index(x.k, dyad(x.v, y))     # kt bin t: the keys of the rows found (null rows where none)
        return old(x, y)
    p.dyad = dyad


_wrap_bin()


# ---- find (?) of records in a table ---------------------------------------------------------------------

def _column_is(c, a):
    """Rows of column c equal to atom a, exactly and type by type as Find compares (ref/find)."""
    if c.t == 20:
        if a.t == -20 and a.dom == c.dom:
            return c.i == a.i
        if _enums.is_link(c) or a.t != -c.kt:
            raise QError("nyi")
        return c.v == a.v
    if not 0 < c.t < 20 or a.t >= 0:
        raise QError("nyi")
    if a.t != -c.t:
        raise QError("type")
    if c.t in (8, 9) and a.v != a.v:
        return np.isnan(c.v)
    return c.v == a.v


def find_record(x, y):
    """Find (ref/find) in a table: the first row equal to record y (a list of atoms, or a dictionary of the
    columns in order), count x where none is; a table y finds each of its rows."""
    names = T.col_names(x)
    n = T.nrows(x)
    if y.t == 98:
        if T.col_names(y) != names:
            raise QError("nyi")
        return Vec(7, np.array([int(find_record(x, qv.item(y, i).v).v) for i in range(T.nrows(y))],
                               dtype=np.int64))
    if y.t == 99:
        if y.k.t != 11 or list(y.k.v) != names:
            raise QError("nyi")
        y = y.v
    its = qv.items(y) if 0 <= y.t < 20 else None
    if its is None or any(e.t >= 0 for e in its):
        raise QError("nyi")
    if len(its) != len(names):
        raise QError("length")
    hit = np.ones(n, dtype=bool)
    for c, a in zip(x.v, its):
        hit &= _column_is(c, a)
    where = np.flatnonzero(hit)
    return Atom(-7, np.int64(where[0] if len(where) else n))


def _wrap_find_record():
    p = VERBS["?"]
    old = p.dyad
    p.dyad = lambda x, y: find_record(x, y) if x.t == 98 else old(x, y)


_wrap_find_record()
