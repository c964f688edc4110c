"""List keywords and the list glyphs' implementations: count til first last enlist join take drop cut
reverse where distinct group find in except inter union asc desc iasc idesc raze flip key value
rotate sublist prev next xprev fills deltas ratios differ within bin binr cross null fill rank.
"""
from __future__ import annotations

import numpy as np

from ..errors import QError
from .. import values as qv
from ..values import Atom, Vec, List, Dict, Table, IDENTITY, DTYPE
from ..funcs import Fn, apply, apply1, apply2, index
from ..match import match


def _int(x):
    if x.t in (-7, -6, -5, -1, -4):
        return int(x.v)
    raise QError("type")


def count_(x):
    """count (ref/count): items of a list, dict, table; 1 for an atom."""
    return Atom(-7, np.int64(qv.count(x)))


def til(x):
    """til (ref/til): 0 .. x-1 for a non-negative integer atom."""
    if x.t in (-7, -6, -5, -1, -4):
        n = int(x.v)
        if n < 0:
            raise QError("domain")
        qv.check_alloc(n)
        return Vec(7, np.arange(n, dtype=np.int64))
    raise QError("type")


def first(x):
    """first (ref/first): first item; atom unchanged; of a dict, first value; of an empty list, its null."""
    t = x.t
    if t < 0 or t >= 100:
        return x
    if t == 99:
        return first(x.v)
    if t == 98:
        if qv.count(x) == 0:
            return Dict(x.k, qv.from_items([qv.null_of_list(c) for c in x.v]))
        return qv.item(x, 0)
    if len(x.v) == 0:
        if t == 0:
            return IDENTITY
        return qv.null_atom(t)
    return qv.item(x, 0)


def last(x):
    t = x.t
    if t < 0 or t >= 100:
        return x
    if t == 99:
        return last(x.v)
    n = qv.count(x)
    if n == 0:
        if t == 0:
            return IDENTITY
        return qv.null_atom(t)
    return qv.item(x, n - 1)


def enlist(*xs):
    if len(xs) == 1:
        return qv.enlist(xs[0])
    return qv.from_items(list(xs))


def join(x, y):
    """Join (ref/join): concatenate lists (atoms as 1-lists); same-type vectors stay vectors."""
    tx, ty = x.t, y.t
    if tx == 99 and ty == 99:
        return _dict_upsert(x, y)
    if tx == 98 and ty == 98:
        if match(x.k, y.k):
            return Table(x.k, [join(a, b) for a, b in zip(x.v, y.v)])
        raise QError("nyi")
    if tx < 0 and ty == 99 and y.k.t != 98:
        raise QError("type")        # ref/raze: 10,d cannot join an integer and a dictionary
    if tx == 98 or ty == 98 or tx == 99 or ty == 99:
        raise QError("nyi")
    ax, ay = abs(tx), abs(ty)
    if 0 < ax < 20 and ax == ay and tx != 0 and ty != 0:
        qv.check_alloc((len(x.v) if tx > 0 else 1) + (len(y.v) if ty > 0 else 1))
        a = x.v if tx > 0 else np.array([x.v], dtype=DTYPE[ax])
        b = y.v if ty > 0 else np.array([y.v], dtype=DTYPE[ax])
        if ax == 11:
            r = np.empty(len(a) + len(b), dtype=object)
            r[:len(a)] = a
            r[len(a):] = b
            return Vec(11, r)
        return Vec(ax, np.concatenate([a, b]))
    xi = qv.items(x) if 0 <= tx < 20 else [x]
    yi = qv.items(y) if 0 <= ty < 20 else [y]
    r = xi + yi
    if not r:
        # "",() is "": an empty vector keeps its type
        return x if tx > 0 else y if ty > 0 else List([])
    # an empty general list joined to a uniform list gives that list's type
    return qv.from_items(r) if (tx == 0 and not x.v) or (ty == 0 and not y.v) else List(r) if _mixed(r) else qv.from_items(r)


def _mixed(items):
    t0 = items[0].t
    return t0 >= 0 or any(e.t != t0 for e in items)


def _dict_upsert(x, y, combine=lambda old, new: new):
    """x,y on dicts: y's entries replace (or, with combine, merge into) x's under matching keys; new keys append."""
    out_k, out_v = list(qv.items(x.k)), list(qv.items(x.v))
    for k, v in zip(qv.items(y.k), qv.items(y.v)):
        for i, k2 in enumerate(out_k):
            if match(k, k2):
                out_v[i] = combine(out_v[i], v)
                break
        else:
            out_k.append(k)
            out_v.append(v)
    return Dict(qv.from_items(out_k), qv.from_items(out_v))


def take(x, y):
    """Take (ref/take): n#y first/last n items, repeating cyclically; shape (r c)#y; keys#dict."""
    tx = x.t
    if tx in (-7, -6, -5):
        n = int(x.v)
        return _take_n(n, y)
    if y.t == 99 and 0 < tx < 20 and tx != 11:
        # ref/take shows keys#dict with symbols only; whether 1 3#d takes keys or a shape is not shown
        raise QError("nyi")
    if tx in (7, 6, 5):
        dims = [int(d) for d in x.v]
        if len(dims) == 2:
            r, c = dims
            qv.check_alloc(abs(r * c) if r > 0 and c > 0 else 0)
            nul = qv.NULL_INT[tx]
            if r == nul and c == nul or r != nul and r < 0 or c != nul and c < 0:
                raise QError("nyi")     # -1 20#"=" (a shape with a negative): not shown in ref/take
            if r == nul:
                total = qv.count(y)
                r = -(-total // c) if c else 0
                out = [_slice(y, i * c, min((i + 1) * c, total)) for i in range(r)]
                return List(out)
            if c == nul:
                # r rows of n div r items, the last row taking the rest
                total = qv.count(y)
                c = total // r if r else 0
                out = [_slice(y, i * c, (i + 1) * c if i < r - 1 else total) for i in range(r)]
                return List(out)
            flat = _take_n(r * c, y)
            return List([_slice(flat, i * c, (i + 1) * c) for i in range(r)])
        if len(dims) == 0:
            raise QError("nyi")
        nul = qv.NULL_INT[tx]
        if len(dims) > 2 and (any(d == nul or d < 0 for d in dims) or 0 in dims[1:-1]):
            raise QError("domain")  # 2 3 0N, 0N 2 1, -1 2 3 and 1 0 2 are 'domain (ref/take)
        if any(d == nul or d < 0 for d in dims) or 0 in dims[:-1]:
            raise QError("nyi")     # a leading zero, and one-item shapes with nulls or negatives
        if len(dims) == 1:
            return _take_n(dims[0], y)      # enlist[2]#til 10 is 0 1 (ref/take)
        # (2 2 3#til 5)~((0 1 2;3 4 0);(1 2 3;4 0 1)): items taken cyclically into shape x (ref/take)
        total = 1
        for d in dims:
            total *= d
        qv.check_alloc(total)
        flat = _take_n(total, y)

        def shape(off, ds):
            if len(ds) == 1:
                return _slice(flat, off, off + ds[0])
            step = total_of(ds[1:])
            return List([shape(off + i * step, ds[1:]) for i in range(ds[0])])

        def total_of(ds):
            n = 1
            for d in ds:
                n *= d
            return n
        return shape(0, dims)
    if tx in (-11, 11) and y.t == 99:
        keys = x if tx == 11 else qv.enlist(x)
        from ..funcs import dict_get
        return Dict(keys, dict_get(y, keys))
    if tx in (-11, 11) and y.t == 98:
        names = [x.v] if tx == -11 else list(x.v)
        from ..funcs import _col_pos
        cols = []
        for n in names:
            j = _col_pos(y, n)
            if j < 0:
                raise QError(n)
            cols.append(y.v[j])
        return Table(qv.syms(names), cols)
    raise QError("type")


def _slice(y, a, b):
    t = y.t
    if 0 < t < 20:
        return Vec(t, y.v[a:b])
    if t == 0:
        part = y.v[a:b]
        return List(part) if _mixed_or_empty(part) else qv.from_items(part)
    if t == 98:
        return Table(y.k, [_slice(c, a, b) for c in y.v])
    raise QError("type")


def _mixed_or_empty(items):
    return not items or _mixed(items)


def _take_n(n, y):
    qv.check_alloc(abs(n))
    t = y.t
    if t < 0 or t >= 100:
        if t >= 100:
            return List([y] * abs(n))
        if t == -20:
            from ..enums import Enum
            return Enum(y.dom, np.full(abs(n), y.i, dtype=np.int64))     # 3#`d$`a, an atom column
        v = np.full(abs(n), y.v, dtype=DTYPE[-t]) if t != -11 else _objfull(abs(n), y.v)
        return Vec(-t, v)
    if t == 99:
        if n >= 0:
            return Dict(_take_n(n, y.k), _take_n(n, y.v))
        return Dict(_take_n(n, y.k), _take_n(n, y.v))
    cnt = qv.count(y)
    if t == 98:
        return Table(y.k, [_take_n(n, c) for c in y.v])
    if cnt == 0:
        if n == 0:
            return y
        if t == 0:
            raise QError("nyi")
        return Vec(t, np.full(abs(n), qv.null_value(t), dtype=DTYPE[t]) if t not in (1, 4) else np.zeros(abs(n), dtype=DTYPE[t]))
    if n >= 0:
        if n <= cnt:
            idx = slice(0, n)
            return _slice(y, 0, n)
        idx = np.arange(n) % cnt
    else:
        m = -n
        if m <= cnt:
            return _slice(y, cnt - m, cnt)
        idx = (np.arange(cnt - m, cnt)) % cnt
    if 0 < t < 20:
        return Vec(t, y.v[idx])
    return List([y.v[i] for i in idx])


def _objfull(n, v):
    a = np.empty(n, dtype=object)
    a[:] = [v] * n
    return a


def drop(x, y):
    """Drop/Cut (ref/drop, ref/cut): n _ y drops items; indexes _ y cuts; y _ i removes item i; dict _ key."""
    tx, ty = x.t, y.t
    if tx in (-7, -6, -5):
        n = int(x.v)
        if ty < 0 or ty >= 100:
            raise QError("type")
        if ty == 99:
            cnt = qv.count(y.k)
            a, b = (min(n, cnt), cnt) if n >= 0 else (0, max(0, cnt + n))
            return Dict(_slice(y.k, a, b), _slice(y.v, a, b))
        cnt = qv.count(y)
        if n >= 0:
            return _slice(y, min(n, cnt), cnt)
        return _slice(y, 0, max(0, cnt + n))
    if ty in (-7, -6, -5) and 0 <= tx < 20:
        i = int(y.v)
        cnt = qv.count(x)
        if not 0 <= i < cnt:
            return x
        if tx == 0:
            return List(x.v[:i] + x.v[i + 1:])
        return Vec(tx, np.delete(x.v, i))
    if tx in (7, 6, 5):
        idx = [int(i) for i in x.v]
        cnt = qv.count(y)
        if any(b < a for a, b in zip(idx, idx[1:])) or (idx and (idx[0] < 0 or idx[-1] > cnt)):
            raise QError("domain")
        out = []
        for k, a in enumerate(idx):
            b = idx[k + 1] if k + 1 < len(idx) else cnt
            out.append(_slice(y, a, b))
        return List(out)
    if tx == 99:
        keys = qv.items(y) if ty >= 0 else [y]
        if ty >= 0:
            raise QError("type")
        return _dict_remove(x, keys)
    if ty == 99 and tx in (-11, 11) or (ty == 99 and tx < 0):
        keys = qv.items(x) if tx >= 0 else [x]
        return _dict_remove(y, keys)
    if ty == 98 and tx == 11:
        names = list(x.v)
        keep = [j for j, n in enumerate(y.k.v) if n not in names]
        return Table(qv.syms([y.k.v[j] for j in keep]), [y.v[j] for j in keep])
    raise QError("type")


def _dict_remove(d, keys):
    ks, vs = qv.items(d.k), qv.items(d.v)
    keep = [i for i, k in enumerate(ks) if not any(match(k, r) for r in keys)]
    return Dict(qv.from_items([ks[i] for i in keep]) if keep else _slice(d.k, 0, 0),
                qv.from_items([vs[i] for i in keep]) if keep else _slice(d.v, 0, 0))


def reverse(x):
    t = x.t
    if t < 0 or t >= 100:
        return x
    if 0 < t < 20:
        return Vec(t, x.v[::-1].copy())
    if t == 0:
        return List(x.v[::-1])
    if t == 99:
        return Dict(reverse(x.k), reverse(x.v))
    if t == 98:
        return Table(x.k, [reverse(c) for c in x.v])
    raise QError("type")


def where(x):
    """where (ref/where): indexes of true booleans; for integers, each index repeated x[i] times."""
    t = x.t
    if t == 1:
        return Vec(7, np.flatnonzero(x.v).astype(np.int64))
    if t in (5, 6, 7):
        if (x.v < 0).any():
            raise QError("domain")
        qv.check_alloc(int(x.v.astype(np.int64).sum()))
        return Vec(7, np.repeat(np.arange(len(x.v), dtype=np.int64), x.v.astype(np.int64)))
    if t == 99:
        return index(x.k, where(x.v))
    if t == -1:
        return Vec(7, np.zeros(int(x.v), dtype=np.int64))
    if t in (-7, -6, -5):
        return Vec(7, np.zeros(int(x.v), dtype=np.int64))
    raise QError("type")


def _keyable(x):
    """Hashable keys for the items of x (for distinct/group/find)."""
    t = x.t
    if 0 < t < 20:
        if t in (8, 9, 15):
            return [("nan",) if v != v else v for v in x.v.tolist()]
        return x.v.tolist()
    return [_hk(e) for e in qv.items(x)]


def _hk(e):
    t = e.t
    if t < 0:
        v = e.v
        if t in (-8, -9, -15) and v != v:
            return (t, "nan")
        return (t, v.item() if hasattr(v, "item") else v)
    if 0 < t < 20:
        return (t, tuple(_keyable(e)))
    if t == 0:
        return (0, tuple(_hk(i) for i in e.v))
    if t == 99:
        return (99, _hk(e.k), _hk(e.v))
    if t == 98:
        return (98, _hk(e.k), tuple(_hk(c) for c in e.v))
    return (t, id(e))


def distinct(x):
    """distinct (ref/distinct): unique items in order of first occurrence."""
    t = x.t
    if t < 0:
        raise QError("type")
    if t == 99:
        return distinct(x.v)
    if 0 < t < 20 and t not in (8, 9, 15, 11):
        _, idx = np.unique(x.v, return_index=True)
        idx.sort()
        return Vec(t, x.v[idx])
    keys = _keyable(x)
    seen = {}
    for i, k in enumerate(keys):
        if k not in seen:
            seen[k] = i
    pos = sorted(seen.values())
    if 0 < t < 20:
        return Vec(t, x.v[np.array(pos, dtype=np.int64)])
    if t == 98:
        return Table(x.k, [index(c, Vec(7, np.array(pos, dtype=np.int64))) for c in x.v])
    return qv.from_items([x.v[i] for i in pos]) if pos else List([])


def group(x):
    """group (ref/group): dict of distinct items to the indexes where they occur."""
    t = x.t
    if t < 0:
        raise QError("type")
    if t == 99:
        g = group(x.v)
        return Dict(g.k, List([index(x.k, i) for i in g.v.v]))
    if 0 < t < 20 and t not in (2, 8, 9, 11, 15) and len(x.v):
        # exact-valued vectors: one stable sort instead of a Python loop; same keys and index lists
        v = x.v
        by_value = np.argsort(v, kind="stable")
        sv = v[by_value]
        starts = np.flatnonzero(np.concatenate([[True], sv[1:] != sv[:-1]]))
        runs = np.split(by_value.astype(np.int64), starts[1:])
        firsts = by_value[starts]
        seen = np.argsort(firsts, kind="stable")
        return Dict(index(x, Vec(7, firsts[seen].astype(np.int64))), List([Vec(7, runs[i]) for i in seen]))
    keys = _keyable(x)
    order = {}
    for i, k in enumerate(keys):
        order.setdefault(k, []).append(i)
    firsts = [v[0] for v in order.values()]
    ks = index(x, Vec(7, np.array(firsts, dtype=np.int64))) if firsts else _slice(x, 0, 0)
    vals = List([Vec(7, np.array(v, dtype=np.int64)) for v in order.values()])
    return Dict(ks, vals)


def find(x, y):
    """Find (ref/find): x?y index of first occurrence of y in x (count x if absent); atomic in y."""
    t = x.t
    if t < 0:
        raise QError("type") if t != -7 else QError("nyi")
    if t == 99:
        if hasattr(x, "partial_find"):
            return x.partial_find(y)       # .q (keywords/namespaces.py)
        pos = find(x.v, y)
        return index(x.k, pos)
    n = qv.count(x)
    if 0 < t < 20:
        if y.t == -t or (y.t < 0 and _comparable(t, -y.t)):
            yv = y.v if y.t == -t else _convert_atom(y, t)
            if yv is None:
                return Atom(-7, np.int64(n))
            if t in (8, 9) and yv != yv:
                m = np.isnan(x.v)
            else:
                m = x.v == yv
            idx = np.flatnonzero(m)
            return Atom(-7, np.int64(idx[0] if len(idx) else n))
        if y.t == t or (y.t > 0 and _comparable(t, y.t)):
            table = {}
            for i, k in enumerate(_keyable(x)):
                table.setdefault(k, i)
            yy = y if y.t == t else _convert_vec(y, t)
            return Vec(7, np.array([table.get(k, n) for k in _keyable(yy)], dtype=np.int64))
        if y.t == 0:
            return qv.from_items([find(x, e) for e in y.v])
        raise QError("type")
    if t == 0:
        keys = [_hk(e) for e in x.v]
        table = {}
        for i, k in enumerate(keys):
            table.setdefault(k, i)
        if x.v and y.t < 98:
            # rank-sensitive: x whose items have rank r looks for objects of rank r, a deeper y item by item
            # (ref/find: ("dog";"cat")?("cat";"dog") is 1 0, u?(2 3;`ab) is 3 3 even when (2 3;`ab) is in u)
            rx, ry = _rank(x.v[0]), _rank(y)
            if ry > rx:
                if y.t == 0:
                    return qv.from_items([find(x, e) for e in y.v]) if y.v else Vec(7, np.zeros(0, dtype=np.int64))
                return Vec(7, np.array([table.get(_hk(e), n) for e in qv.items(y)], dtype=np.int64))
            if ry < rx:
                return Atom(-7, np.int64(n))
        hk = _hk(y)
        if hk in table:
            return Atom(-7, np.int64(table[hk]))
        if y.t < 0 or (0 < y.t < 20 and not any(e.t == y.t for e in x.v)):
            if y.t < 0:
                return Atom(-7, np.int64(n))
            # a vector looked up item by item
            return Vec(7, np.array([table.get(_hk(e), n) for e in qv.items(y)], dtype=np.int64))
        return Atom(-7, np.int64(n))
    if t == 98:
        raise QError("nyi")
    raise QError("type")


def _comparable(t1, t2):
    """Find compares within one type only (kdb+ signals 'type across types)."""
    return False


def _convert_atom(y, t):
    from ..verbs import conv
    if t in (8, 9):
        return conv(y, t)
    v = y.v
    if abs(y.t) in (8, 9):
        if v != v or v != int(v):
            return None
    return DTYPE[t](v)


def _convert_vec(y, t):
    from ..verbs import conv
    return Vec(t, np.asarray(conv(y, t) if t in (8, 9) else y.v.astype(DTYPE[t])))


def _rank(v):
    """Depth as find and in see it: an atom 0, a vector 1, a general list one more than its first item."""
    if v.t < 0:
        return 0
    if v.t == 0 and v.v:
        return 1 + _rank(v.v[0])
    return 1


def in_(x, y):
    """in (ref/in): is x (each item) an item of y."""
    if y.t == 0 and y.v and x.t < 98:
        # a general y: x is one item when its rank is that of y's first item; a deeper x is looked for
        # item by item; a shallower x is not found
        # (ref/in: 1 2 in (9;(1 2;3 4)) is 00b, 3 in (1 2;3) is 0b, 1 2 in ((1 2;3 4);9) is 0b)
        rx, ry = _rank(x), _rank(y.v[0])
        if rx == ry:
            hx = _hk(x)
            return Atom(-1, np.bool_(any(_hk(e) == hx for e in y.v)))
        if rx < ry:
            return Atom(-1, np.bool_(False))
        return qv.from_items([in_(e, y) for e in qv.items(x)])
    if y.t < 0 or (0 < y.t < 20 and len(y.v) == 1):
        if x.t != 0 and abs(x.t) != abs(y.t) and abs(x.t) in (1, 4, 5, 6, 7, 8, 9) and abs(y.t) in (1, 4, 5, 6, 7, 8, 9):
            from ..verbs import equal
            r = equal(x, qv.item(y, 0) if y.t > 0 else y)
            return r
    if y.t < 0:
        y = qv.enlist(y)
    if y.t == 99:
        return in_(x, y.v)
    if y.t == 98 and x.t == 98:
        # rows of x found among the rows of y: (y?x)<count y
        from ..verbs import VERBS
        return Vec(1, VERBS["?"].dyad(y, x).v < len(y.v[0]) if y.v else np.zeros(0, dtype=bool))
    if y.t == 98:
        raise QError("nyi")
    if x.t < 0 or (0 < x.t < 20 and x.t == y.t):
        r = find(y, x)
        n = qv.count(y)
        if r.t < 0:
            return Atom(-1, np.bool_(int(r.v) < n))
        return Vec(1, r.v < n)
    if x.t == 0:
        if y.t == 0:
            keys = {_hk(e) for e in y.v}
            if _hk(x) in keys:
                return Atom(-1, np.bool_(True))
        return qv.from_items([in_(e, y) for e in x.v])
    if 0 < x.t < 20:
        if y.t == 0:
            keys = {_hk(e) for e in y.v}
            if _hk(x) in keys:
                return Atom(-1, np.bool_(True))
            return Vec(1, np.array([_hk(e) in keys for e in qv.items(x)], dtype=bool))
        r = find(y, x)
        return Vec(1, r.v < qv.count(y))
    raise QError("type")


def except_(x, y):
    """except (ref/except): items of x not in y."""
    if x.t in (98, 99) or y.t in (98, 99):
        raise QError("nyi")
    if x.t < 0:
        x = qv.enlist(x)
    m = in_(x, y if y.t != -11 and y.t >= 0 else qv.enlist(y))
    if m.t < 0:
        m = Vec(1, np.array([m.v]))
    keep = np.flatnonzero(~m.v.astype(bool)) if m.t == 1 else np.array([i for i, e in enumerate(m.v) if not e.v], dtype=np.int64)
    return index(x, Vec(7, keep.astype(np.int64)))


def inter(x, y):
    if x.t == 99 and y.t == 99 and x.k.t != 98 and y.k.t != 98:
        return inter(x.v, y.v)      # dictionaries: their values (ref/inter)
    if x.t in (98, 99) or y.t in (98, 99):
        raise QError("nyi")
    if x.t < 0 or y.t < 0:
        raise QError("nyi")
    if x.t < 0:
        x = qv.enlist(x)
    m = in_(x, y)
    if m.t < 0:
        m = Vec(1, np.array([m.v]))
    if m.t == 0:
        if m.v:
            raise QError("nyi")
        return index(x, Vec(7, np.zeros(0, dtype=np.int64)))    # () inter y is x where x in y: ()
    return index(x, Vec(7, np.flatnonzero(m.v.astype(bool)).astype(np.int64)))


def union(x, y):
    return distinct(join(x, y))


# ---- sorting ---------------------------------------------------------------------------------------

def _sort_key_arr(x):
    t = x.t
    v = x.v
    if t in (8, 9):
        return np.where(np.isnan(v), -np.inf, v), np.isnan(v)
    return v, None


def iasc(x):
    """iasc (ref/asc): grade up, stable; nulls first."""
    t = x.t
    if t < 0 or t >= 100:
        raise QError("rank")
    if 0 < t < 20:
        if t == 2:
            raise QError("nyi")         # the order of guids is not documented
        if t == 11:
            order = sorted(range(len(x.v)), key=x.v.__getitem__)
            return Vec(7, np.array(order, dtype=np.int64))
        v = x.v
        if t in (8, 9):
            key = np.where(np.isnan(v), -np.inf, v)
            # nulls before -0w
            order = np.lexsort((key, ~np.isnan(v)))
            return Vec(7, order.astype(np.int64))
        return Vec(7, np.argsort(v, kind="stable").astype(np.int64))
    if t == 0:
        keys = [_sort_key(e) for e in x.v]
        order = sorted(range(len(keys)), key=keys.__getitem__)
        return Vec(7, np.array(order, dtype=np.int64))
    if t == 99:
        return index(x.k, iasc(x.v))
    if t == 98:
        # rows compare column by column: a stable grade on each column, last column first
        from ..verbs import VERBS
        grade = VERBS["iasc"].monad        # the verb row, so enumerated columns sort too
        order = np.arange(len(x.v[0].v) if x.v else 0, dtype=np.int64)
        for c in reversed(x.v):
            order = order[grade(index(c, Vec(7, order))).v]
        return Vec(7, order)
    raise QError("nyi")


def _sort_key(e):
    """Mixed lists sort by type number first, then by value (lists compare item by item)."""
    t = e.t
    if t < 0:
        v = e.v
        if t in (-8, -9, -15):
            return (-t, 0, float("-inf") if v != v else float(v))
        if t == -11:
            return (-t, 0, v)
        return (-t, 0, int(v))
    if 0 < t < 20:
        return (t + 100, 1, tuple(_sort_key(a) for a in qv.items(e)))
    if t == 0:
        return (100, 1, tuple(_sort_key(a) for a in e.v))
    raise QError("nyi")


def idesc(x):
    """idesc (ref/desc): grade down, stable (equal items keep their order)."""
    t = x.t
    if t < 0 or t >= 100:
        raise QError("rank")
    if 0 < t < 20:
        if t == 2:
            raise QError("nyi")
        if t == 11:
            n = len(x.v)
            order = sorted(range(n), key=lambda i: x.v[i], reverse=True)
            # stable for ties: sorted(reverse=True) keeps original order of equals
            return Vec(7, np.array(order, dtype=np.int64))
        v = x.v
        if t in (8, 9):
            key = np.where(np.isnan(v), -np.inf, v)
            order = np.lexsort((np.arange(len(v)), -key, np.isnan(v)))
            return Vec(7, order.astype(np.int64))
        if t == 1:
            v = v.astype(np.int8)
        order = np.argsort(-v.astype(np.float64) if t in (4, 10) else _neg_key(v), kind="stable")
        return Vec(7, order.astype(np.int64))
    if t == 0:
        keys = [_sort_key(e) for e in x.v]
        order = sorted(range(len(keys)), key=keys.__getitem__, reverse=True)
        return Vec(7, np.array(order, dtype=np.int64))
    if t == 99:
        return index(x.k, idesc(x.v))
    raise QError("type")


def _neg_key(v):
    if v.dtype == np.int64:
        # -(-2**63) overflows: order by rank instead
        return -v.astype(np.float64) if v.min(initial=0) > -2**53 else np.argsort(np.argsort(-v.astype(object)))
    return -v.astype(np.int64)


def asc(x):
    """asc (ref/asc): sorted ascending; the result has the sorted attribute."""
    t = x.t
    if t < 0 or t >= 100:
        raise QError("rank")
    if t == 99:
        o = iasc(x.v)
        return Dict(index(x.k, o), index(x.v, o), attr="s")
    if 0 < t < 20 and t not in (2, 8, 9, 11, 15):
        return Vec(t, np.sort(x.v, kind="stable"), attr="s")
    r = index(x, iasc(x))
    if 0 < t < 20:
        r = Vec(t, r.v, attr="s")
    elif t == 0:
        r = List(r.v, attr="s") if r.t == 0 else r
    return r


def desc(x):
    t = x.t
    if t < 0 or t >= 100:
        raise QError("rank")
    if t == 99:
        o = idesc(x.v)
        return Dict(index(x.k, o), index(x.v, o))
    return index(x, idesc(x))


def rank(x):
    """rank (ref/rank): the position of each item in the sorted list."""
    return iasc(iasc(x))


def xrank(x, y):
    """xrank (ref/xrank): x xrank y puts y's items into x buckets by rank."""
    if x.t not in (-7, -6, -5):
        raise QError("type")
    n = qv.count(y)
    r = iasc(iasc(y))
    return Vec(7, (int(x.v) * r.v) // n if n else r.v)


# ---- shape ------------------------------------------------------------------------------------------

def raze(x):
    """raze (ref/raze): join the items of a list (one level)."""
    t = x.t
    if t < 0:
        return qv.enlist(x)
    if 0 < t < 20:
        return x
    if t == 99:
        return raze(x.v)
    if t == 0:
        its = x.v
        if not its:
            return x
        # uniform vectors: one concatenate
        t0 = its[0].t
        if t0 > 0 and t0 < 20 and all(e.t == t0 for e in its):
            if t0 == 11:
                r = np.empty(sum(len(e.v) for e in its), dtype=object)
                r[:] = [s for e in its for s in e.v]
                return Vec(11, r)
            return Vec(t0, np.concatenate([e.v for e in its]))
        acc = its[0]
        if acc.t < 0 and len(its) > 1 and its[1].t == 99:
            return join(acc, its[1])    # raze is ,/ : raze (10;d) is 10,d
        if acc.t < 0:
            acc = qv.enlist(acc)
        for e in its[1:]:
            acc = join(acc, e)
        return acc
    raise QError("type")


def flip(x):
    """flip (ref/flip): transpose a list of lists; a column dict becomes a table and back."""
    t = x.t
    if t == 99:
        if x.k.t != 11:
            raise QError("type")
        cols = qv.items(x.v)
        n = None
        for c in cols:
            if c.t >= 0 and c.t < 99:
                cn = qv.count(c)
                if n is None:
                    n = cn
                elif n != cn:
                    raise QError("length")
        if n is None:
            raise QError("nyi")
        cols = [c if c.t >= 0 else _take_n(n, c) for c in cols]
        return Table(x.k, cols)
    if t == 98:
        return Dict(x.k, List(list(x.v)))
    if t == 0:
        its = x.v
        if not its:
            return x        # flip () is ()
        n = None
        for e in its:
            if e.t >= 0:
                c = qv.count(e)
                if n is None:
                    n = c
                elif n != c:
                    raise QError("length")
        if n is None:
            raise QError("rank")
        return List([qv.from_items([qv.item(e, i) if e.t >= 0 else e for e in its]) for i in range(n)])
    if 0 < t < 20:
        raise QError("rank")
    raise QError("rank")


def key(x):
    """key (ref/key): keys of a dict; til of an int; the type name of a list; of a name, the key of its value."""
    t = x.t
    if t == 99:
        return x.k
    if 0 < t < 20:
        return Atom(-11, qv.TYPE_NAME[t])
    if t == -11 and x.v in ("", "."):
        # key ` lists the namespaces, key `. the names of the root (ref/key)
        from .. import interpreter
        from .namespaces import namespaces, root_names
        ip = interpreter.CURRENT
        return namespaces(ip) if not x.v else qv.syms(root_names(ip))
    if t == -11 and x.v and not x.v.startswith(":"):
        from .. import interpreter
        ip = interpreter.CURRENT
        gl = ip.globals
        # `a is a of the current namespace, `..a a of the root, `.foo.a a of .foo (ref/key: key`..a is `..a)
        name = x.v[2:] if x.v.startswith("..") and x.v[2:].isidentifier() else x.v
        if ip.ctx and not x.v.startswith("."):
            name = ip.ctx + "." + name
        if name in gl or not x.v.startswith(".") or x.v.startswith(".."):
            v = gl.get(name)
            if v is None:
                return List([])
            if v.t == 99 or 0 < v.t < 20:
                return key(v)
            if v.t < 0:
                return x             # whether a name exists: the name itself
            raise QError("nyi")
    if t in (-7, -6, -5):
        return til(x)
    if t == 98:
        raise QError("nyi")
    if t == -11 and x.v.startswith(".") and all(p.isidentifier() for p in x.v[1:].split(".")):
        return _namespace_keys(x.v)
    if t == -11:
        raise QError("nyi")
    if 0 < t < 20:
        raise QError("nyi")
    raise QError("type")


def _namespace_keys(name):
    """key `.ns: the names in a user namespace, after the empty name every namespace holds (ref/key)."""
    from .. import interpreter
    ip = interpreter.CURRENT
    if name[:2] in (".q", ".Q", ".h", ".j", ".o", ".m", ".z") and (len(name) == 2 or name[2] == "."):
        raise QError("nyi")      # kdb+'s own namespaces hold more than qlite has
    if name in ip.globals:
        raise QError("nyi")
    prefix = name + "."
    seen = {}
    for g in list(ip.globals):
        if g.startswith(prefix):
            seen.setdefault(g[len(prefix):].split(".")[0], None)
    if not seen:
        raise QError("nyi")
    return qv.syms([""] + list(seen))


def value(x):
    t = x.t
    if t is None:
        from .namespaces import view_value
        return view_value(x)       # a view taken from its namespace: value`. `v (ref/value)
    if t == 99:
        return x.v
    from .. import interpreter
    ip = interpreter.CURRENT
    if t == 10 or t == -10:
        return ip.eval_text(qv.pystr(x))
    if t == -11:
        return ip.get_global(x.v)
    if t == 0:
        if not x.v:
            return x
        f = x.v[0]
        if f.t == -11:
            f = ip.get_global(f.v)
        elif f.t == 10:
            f = ip.eval_text(qv.pystr(f))
        return apply(f, x.v[1:])
    if t >= 100:
        from ..funcs import Lam, Proj, Derived, Comp
        if isinstance(x, Proj):
            args = list(x.args)
            while args and args[-1] is None:
                args.pop()
            return List([x.f] + [a if a is not None else IDENTITY for a in args])
        if isinstance(x, Derived):
            return x.f
        if isinstance(x, Comp):
            return List(list(x.fs))
        from ..verbs import VERBS
        if x is VERBS.get("differ"):
            # differ is the composition "b"$~~': (ref/value: value differ is ($["b"];~~':))
            return List([Proj(VERBS["$"], [qv.char("b"), None]), Comp([VERBS["~"], Derived("':", VERBS["~"])])])
        # the internal code of a primitive: only those ref/value lists (value each (::;+;-;*;%), get, value)
        code = 0 if x is IDENTITY else {"+": 1, "-": 2, "*": 3, "%": 4, ".:": 19}.get(getattr(x, "name", None))
        if code is not None and (x is IDENTITY or x.__class__.__name__ == "Prim"):
            return Atom(-7, np.int64(code))
        raise QError("nyi")
    if t == 98:
        raise QError("nyi")
    return x


def rotate(x, y):
    """rotate (ref/rotate): x rotate y, left by x positions (negative: right)."""
    n = _int(x)
    t = y.t
    if t < 0:
        return y
    c = qv.count(y)
    if c == 0:
        return y
    n %= c
    idx = Vec(7, (np.arange(c, dtype=np.int64) + n) % c)
    return index(y, idx)


def sublist(x, y):
    """sublist (ref/sublist): x sublist y: first/last x items without repeating; (start;count)."""
    t = x.t
    c = qv.count(y)
    if t in (-7, -6, -5):
        n = int(x.v)
        if n >= 0:
            return _slice(y, 0, min(n, c)) if y.t != 99 else Dict(_slice(y.k, 0, min(n, c)), _slice(y.v, 0, min(n, c)))
        return _slice(y, max(0, c + n), c)
    if t in (7, 6, 5) and len(x.v) == 2:
        a, n = int(x.v[0]), int(x.v[1])
        return _slice(y, min(a, c), min(a + n, c))
    raise QError("type")


def _shift(x, n, fill_null=True):
    t = x.t
    if t < 0:
        raise QError("nyi")
    c = qv.count(x)
    if 0 < t < 20:
        out = np.empty(c, dtype=x.v.dtype)
        nv = qv.null_value(t) if t not in (1, 4) else 0
        if n > 0:
            out[:n] = nv if t != 11 else ""
            out[n:] = x.v[:c - n] if n < c else x.v[:0]
        elif n < 0:
            m = -n
            out[c - m:] = nv if t != 11 else ""
            out[:c - m] = x.v[m:] if m < c else x.v[:0]
        else:
            out[:] = x.v
        if n >= c or -n >= c:
            out[:] = nv if t != 11 else ""
        return Vec(t, out)
    if t == 0:
        its = x.v
        if n > 0:
            r = [qv.prototype(its[0]) if its else None] * min(n, c) + its[:max(0, c - n)]
        else:
            m = -n
            r = its[m:] + [qv.prototype(its[0]) if its else None] * min(m, c)
        return List(r)
    if t == 99:
        return Dict(x.k, _shift(x.v, n))
    if t == 98:
        return Table(x.k, [_shift(c_, n) for c_ in x.v])
    raise QError("type")


def prev(x):
    return _shift(x, 1)


def next_(x):
    return _shift(x, -1)


def xprev(x, y):
    return _shift(y, _int(x))


def fills(x):
    """fills (ref/fill): replace nulls by the preceding non-null."""
    t = x.t
    if 0 < t < 20:
        v = x.v
        m = ~qv.isnull_arr(t, v)
        idx = np.where(m, np.arange(len(v)), 0)
        np.maximum.accumulate(idx, out=idx)
        out = v[idx]
        # leading nulls stay null
        if len(v) and not m[0]:
            lead = np.logical_or.accumulate(m)
            out = np.where(lead, out, v)
        return Vec(t, out)
    if t == 0:
        out = []
        last_ = None
        for e in x.v:
            if e.t < 0 and bool(qv.isnull_arr(-e.t, e.v)):
                out.append(last_ if last_ is not None else e)
            else:
                out.append(e)
                last_ = e
        return qv.from_items(out)
    if t == 99:
        return Dict(x.k, fills(x.v))
    if t == 98:
        return Table(x.k, [fills(c) for c in x.v])
    if t < 0:
        return x
    raise QError("type")


def deltas(x):
    from ..verbs import sub
    t = x.t
    if t < 0:
        return x
    if 0 < t < 20 and t in (4, 5, 6, 7, 8, 9, 12, 13, 14, 16, 17, 18, 19) or t == 1:
        c = len(x.v)
        if c == 0:
            return x
        prevv = np.empty_like(x.v)
        prevv[1:] = x.v[:-1]
        prevv[0] = 0
        return sub(x, Vec(t, prevv))
    if t == 0 or t == 99 or t == 98:
        from ..iterators import prior
        from ..verbs import VERBS
        return prior(VERBS["-"], [x])
    raise QError("type")


def ratios(x):
    from ..verbs import divide
    t = x.t
    if t < 0:
        return x
    if 0 < t < 20:
        c = len(x.v)
        if c == 0:
            return Vec(9, np.empty(0))
        prevv = np.empty_like(x.v)
        prevv[1:] = x.v[:-1]
        prevv[0] = 1
        return divide(x, Vec(t, prevv))
    from ..iterators import prior
    from ..verbs import VERBS
    return prior(VERBS["%"], [x])


def differ(x):
    from ..iterators import prior
    from ..verbs import VERBS
    r = prior(VERBS["~"], [x])
    from .math import not_
    return not_(r)


def within(x, y):
    """within (ref/within): x within (lo;hi) inclusive; atomic in x."""
    from ..verbs import less_eq, lesser
    if qv.count(y) != 2 or y.t < 0:
        raise QError("length")
    lo, hi = qv.item(y, 0), qv.item(y, 1)
    a = less_eq(lo, x)
    b = less_eq(x, hi)
    return lesser(a, b)


def bin_(x, y, right=False):
    """bin/binr (ref/bin): index of the last item of sorted x <= y (binr: first >= y)."""
    if x.t == 99 and x.k.t != 98:
        return index(x.k, bin_(x.v, y, right))     # a dictionary's values are searched; keys returned
    if x.t == 0 and x.v and all(e.t == 10 for e in x.v) and (y.t == 10 or y.t == 0 and all(e.t == 10 for e in y.v)):
        # strings compare as wholes, character by character
        import bisect
        keys = [e.v.tobytes() for e in x.v]
        find = (lambda b: bisect.bisect_left(keys, b)) if right else (lambda b: bisect.bisect_right(keys, b) - 1)
        if y.t == 10:
            raise QError("nyi")        # one string: an item or a list of chars? not settled here
        return Vec(7, np.array([find(e.v.tobytes()) for e in y.v], dtype=np.int64))
    if x.t <= 0 or x.t >= 20:
        raise QError("type")
    from ..verbs import conv
    xv = x.v
    if y.t == x.t or y.t == -x.t:
        yv = y.v
    elif abs(y.t) in (1, 4, 5, 6, 7, 8, 9) and x.t in (5, 6, 7, 8, 9):
        yv = conv(y, 9) if x.t in (8, 9) or abs(y.t) in (8, 9) else y.v
        if x.t not in (8, 9) and abs(y.t) in (8, 9):
            xv = x.v.astype(np.float64)
    else:
        raise QError("type")
    if right:
        r = np.searchsorted(xv, yv, side="left")
    else:
        r = np.searchsorted(xv, yv, side="right") - 1
    if y.t < 0:
        return Atom(-7, np.int64(r))
    return Vec(7, np.asarray(r, dtype=np.int64))


def binr(x, y):
    return bin_(x, y, True)


def cross(x, y):
    xi = qv.items(x) if x.t >= 0 else [x]
    yi = qv.items(y) if y.t >= 0 else [y]
    return qv.from_items([join(a, b) for a in xi for b in yi])


def cut(x, y):
    """cut (ref/cut): n cut y splits into n-item pieces; indexes cut y like _."""
    if x.t in (-7, -6, -5):
        n = int(x.v)
        if n <= 0:
            raise QError("domain")
        c = qv.count(y)
        return drop(Vec(7, np.arange(0, c, n, dtype=np.int64)), y)
    return drop(x, y)


def null(x):
    """null (ref/null): is each item null."""
    t = x.t
    if t < 0:
        if t <= -20:
            raise QError("type")
        return Atom(-1, np.bool_(qv.isnull_arr(-t, x.v)))
    if 0 < t < 20:
        return Vec(1, np.asarray(qv.isnull_arr(t, x.v), dtype=bool))
    if t == 0:
        return qv.from_items([null(e) for e in x.v])
    if t == 99:
        return Dict(x.k, null(x.v))
    if t == 98:
        return Table(x.k, [null(c) for c in x.v])
    if t == 101:
        return Atom(-1, np.bool_(True))
    raise QError("type")


def fill(x, y):
    """Fill (ref/fill): x^y replaces nulls in y by x."""
    from ..verbs import atomic2, num_result, conv
    if y.t == 99 and x.t == 99:
        return _dict_upsert(x, y, fill)

    def f(a, b):
        ta, tb = abs(a.t), abs(b.t)
        if ta == tb:
            rt = ta
            av, bv = a.v, b.v
        elif ta in (1, 4, 5, 6, 7, 8, 9) and tb in (1, 4, 5, 6, 7, 8, 9):
            from ..verbs import _NRANK, _BY_RANK
            rt = _BY_RANK[max(_NRANK[ta], _NRANK[tb])]
            av, bv = conv(a, rt), conv(b, rt)
        else:
            raise QError("type")
        m = qv.isnull_arr(tb, b.v)
        r = np.where(m, av, bv)
        if a.t < 0 and b.t < 0:
            return Atom(-rt, DTYPE[rt](r) if rt != 11 else r.item() if hasattr(r, "item") else r)
        if rt == 11:
            r = np.asarray(r, dtype=object)
        return Vec(rt, np.asarray(r, dtype=DTYPE[rt]))
    return atomic2(f, x, y)
