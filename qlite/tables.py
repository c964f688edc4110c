"""Table and keyed-table values: the helpers every table primitive and qSQL share (unkey/key,
row subsets, column access, conforming columns, grouping rows by key columns).

A table is values.Table (symbol column names + equal-length columns); a keyed table is a Dict whose key
and value are both tables, exactly kdb+'s model (type 98 inside a 99).
"""
from __future__ import annotations

import numpy as np

from .errors import QError
from . import values as qv
from .values import Atom, Vec, List, Dict, Table
from .funcs import index


def is_table(x) -> bool:
    return x.t == 98


def is_keyed(x) -> bool:
    return x.t == 99 and x.k.t == 98 and x.v.t == 98


def col_names(t) -> list[str]:
    return list(t.k.v)


def make(names, cols):
    """Table from Python names and column values (atoms are not allowed here)."""
    return Table(qv.syms(names), list(cols))


def unkey(x):
    """0!x: a keyed table as one plain table (key columns first); a table unchanged."""
    if is_keyed(x):
        return Table(qv.syms(col_names(x.k) + col_names(x.v)), list(x.k.v) + list(x.v.v))
    if x.t == 98:
        return x
    raise QError("type")


def key_by(t, names):
    """The keyed table of plain table t keyed on the columns `names` (which move to the front)."""
    allc = col_names(t)
    for n in names:
        if n not in allc:
            raise QError(n)
    rest = [n for n in allc if n not in names]
    return Dict(make(names, [column(t, n) for n in names]), make(rest, [column(t, n) for n in rest]))


def key_count(t, n):
    """n!t: key the first n columns of t (0!t unkeys)."""
    flat = unkey(t)
    names = col_names(flat)
    if n == 0:
        return flat
    if not 0 < n <= len(names) or len(names) - n < 1 and n > len(names):
        raise QError("length")
    if n >= len(names):
        raise QError("length")
    return Dict(make(names[:n], flat.v[:n]), make(names[n:], flat.v[n:]))


def column(t, name):
    names = t.k.v
    for j, n in enumerate(names):
        if n == name:
            return t.v[j]
    raise QError(name)


def nrows(t) -> int:
    return qv.count(t.v[0]) if t.v else 0


def take_rows(t, idx):
    """Rows idx (numpy int array) of a table or keyed table."""
    iv = Vec(7, np.asarray(idx, dtype=np.int64))
    if is_keyed(t):
        return Dict(take_rows(t.k, idx), take_rows(t.v, idx))
    return Table(t.k, [index(c, iv) for c in t.v])


def conform(vals):
    """Column values of one result: atoms stretch to the common length; all atoms make one row."""
    n = None
    for v in vals:
        if 0 <= v.t < 98:
            c = qv.count(v)
            if n is None:
                n = c
            elif c != n:
                raise QError("length")
    if n is None:
        return [qv.enlist(v) if v.t < 98 else List([v]) for v in vals]
    from .keywords.lists import _take_n
    return [v if 0 <= v.t < 98 else _take_n(n, v) for v in vals]


def keyable(x):
    """Hashable keys for the items of a list (ints/floats/symbols/lists)."""
    from .keywords.lists import _keyable
    if x.t == 20:
        return x.v.tolist()
    return _keyable(x)


def _codes(c):
    """Ascending group codes of a simple column (numpy), or None where numpy's order is not q's
    (floats with nulls and tolerance, general lists)."""
    if c.t == 20 or c.t == 11:
        return np.unique(c.v.astype(str) if c.v.dtype == object else c.v, return_inverse=True)[1]
    if 0 < c.t < 20 and c.t not in (8, 9, 15, 2):
        return np.unique(c.v, return_inverse=True)[1]
    return None


def _group_fast(keycols, n):
    """numpy grouping for simple key columns: (firsts, groups) in ascending key order, or None."""
    codes = []
    for c in keycols:
        k = _codes(c)
        if k is None or len(k) != n:
            return None
        codes.append(k.reshape(-1))
    if n == 0:
        return np.zeros(0, dtype=np.int64), []
    if len(codes) == 1:
        inv = codes[0]
    else:
        inv = np.unique(np.stack(codes, axis=1), axis=0, return_inverse=True)[1].reshape(-1)
    order = np.argsort(inv, kind="stable")
    counts = np.bincount(inv)
    counts = counts[counts > 0]
    groups = np.split(order.astype(np.int64), np.cumsum(counts)[:-1])
    return np.array([g[0] for g in groups], dtype=np.int64), groups


def group_rows(keycols, n):
    """Group row positions 0..n-1 by the tuple of key column items.
    Returns (firsts, groups): first position of each group and the positions of each, groups in
    ascending order of their keys (as kdb+'s select/exec by)."""
    fast = _group_fast(keycols, n)
    if fast is not None:
        return fast
    gl = _groups_in_first_occurrence(keycols, n)
    firsts = np.array([g[0] for g in gl], dtype=np.int64)
    order = np.arange(len(gl), dtype=np.int64)
    from .keywords.lists import iasc
    from .enums import plain
    for c in reversed(keycols):
        kv = plain(index(c, Vec(7, firsts[order])))   # enumerations group in symbol order
        order = order[iasc(kv).v]
    return firsts[order], [np.array(gl[j], dtype=np.int64) for j in order]


def _groups_in_first_occurrence(keycols, n):
    """Row indexes of each distinct key tuple, groups in order of first occurrence (the slow, general path)."""
    ks = [keyable(c) for c in keycols]
    groups: dict = {}
    for r in range(n):
        groups.setdefault(tuple(kk[r] for kk in ks), []).append(r)
    return list(groups.values())


def group_rows_unsorted(keycols, n):
    """As group_rows, groups in order of first occurrence (xgroup, fby, update by)."""
    fast = _group_fast(keycols, n)
    if fast is not None:
        firsts, groups = fast
        o = np.argsort(firsts, kind="stable")
        return firsts[o], [groups[j] for j in o]
    gl = _groups_in_first_occurrence(keycols, n)
    return np.array([g[0] for g in gl], dtype=np.int64), [np.array(g, dtype=np.int64) for g in gl]
