"""Function values (lambda, primitive, projection, composition, derived) and application:
`apply(f, args)` applies any applicable value — a function, or a list/dict/table indexed at depth.
"""
from __future__ import annotations

import numpy as np

from .errors import QError
from . import values as qv
from .values import Q, Atom, Vec, List, Dict, Table, IDENTITY


class Fn(Q):
    __slots__ = ()
    t = 100

    def rank(self):
        raise NotImplementedError


class Prim(Fn):
    """A primitive: glyph verb or keyword. monad/dyad are Python callables (None where q has none);
    extra handles rank 3+ (e.g. @[x;i;f;y]). Aliases share the object, never a copy."""
    __slots__ = ("name", "monad", "dyad", "extra", "t", "infix", "doc_rank")

    def __init__(self, name, monad=None, dyad=None, extra=None, t=102, infix=False, rank=None):
        self.name = name
        self.monad = monad
        self.dyad = dyad
        self.extra = extra
        self.t = t
        self.infix = infix
        self.doc_rank = rank

    def rank(self):
        if self.doc_rank:
            return self.doc_rank
        return 2 if self.dyad is not None else 1

    def call(self, args):
        n = len(args)
        if self.doc_rank and n < self.doc_rank:
            return Proj(self, list(args) + [None] * (self.doc_rank - n))
        if n == 1:
            x = args[0]
            if x is None:
                x = IDENTITY
            if self.monad is None:
                if self.dyad is not None:
                    return Proj(self, [x, None])
                raise QError("rank")
            return self.monad(x)
        if any(a is None for a in args):
            return Proj(self, list(args))
        if n == 2:
            if self.dyad is None:
                if self.extra is not None:
                    return self.extra(*args)
                raise QError("rank")
            return self.dyad(args[0], args[1])
        if self.extra is None:
            raise QError("rank")
        return self.extra(*args)

    def __repr__(self):
        return f"Prim({self.name})"


class _Return(Exception):
    """`:x` inside a lambda."""

    def __init__(self, value):
        self.value = value


class Lam(Fn):
    __slots__ = ("params", "body", "src", "interp", "ctx", "locals")
    t = 100

    def __init__(self, params, body, src, interp, ctx=""):
        self.params = params
        self.body = body    # list of compiled statements (callables fr -> value), None for empty
        self.src = src
        self.interp = interp
        self.ctx = ctx

    def rank(self):
        return len(self.params)

    def call(self, args):
        params = self.params
        n = len(args)
        np_ = len(params)
        if n > np_:
            if np_ == 0 and n == 1:
                args = []
            else:
                raise QError("rank")
        elif n < np_ or None in args:
            if np_ == 1 and n == 1:
                args = [IDENTITY]
            else:
                return Proj(self, list(args) + [None] * (np_ - n))
        ip = self.interp
        ip.depth += 1
        if ip.depth > ip.max_depth:
            ip.depth -= 1
            raise QError("stack")
        ip.tick()
        fr = dict(zip(params, args))
        fr[".z.s"] = self
        try:
            r = IDENTITY
            for st in self.body:
                r = st(fr) if st is not None else IDENTITY
            return r
        except _Return as e:
            return e.value
        finally:
            ip.depth -= 1

    def __repr__(self):
        return f"Lam({self.src})"


class Proj(Fn):
    """A projection: f with some arguments fixed; None marks the holes."""
    __slots__ = ("f", "args")
    t = 104

    def __init__(self, f, args):
        self.f = f
        self.args = args

    def rank(self):
        holes = sum(1 for a in self.args if a is None)
        extra = max(0, rank_of(self.f) - len(self.args))
        return holes + extra

    def call(self, args):
        full = list(self.args)
        it = iter(args)
        for i, a in enumerate(full):
            if a is None:
                try:
                    full[i] = next(it)
                except StopIteration:
                    break
        rest = list(it)
        full.extend(rest)
        return apply(self.f, full)


class Comp(Fn):
    """Composition: apply the last function to the arguments, then the others monadically."""
    __slots__ = ("fs",)
    t = 105

    def __init__(self, fs):
        self.fs = fs

    def rank(self):
        return rank_of(self.fs[-1])

    def call(self, args):
        r = apply(self.fs[-1], args)
        for f in reversed(self.fs[:-1]):
            r = apply(f, [r])
        return r


_call_derived = None    # iterators.call_derived, imported on first use (iterators imports this module)


class Derived(Fn):
    """A function derived by an iterator: ' / \\ ': /: \\: applied to f."""
    __slots__ = ("adv", "f", "t")

    _T = {"'": 106, "/": 107, "\\": 108, "':": 109, "/:": 110, "\\:": 111}

    def __init__(self, adv, f):
        self.adv = adv
        self.f = f
        self.t = self._T[adv]

    def rank(self):
        from .iterators import derived_rank
        return derived_rank(self)

    def call(self, args):
        global _call_derived
        if _call_derived is None:
            from .iterators import call_derived as _call_derived
        return _call_derived(self, args)


class Handle(Fn):
    """Nothing yet: file/IPC handles are not supported."""
    __slots__ = ()


def rank_of(f) -> int:
    if isinstance(f, Fn):
        return f.rank()
    return 1


# ---- application ---------------------------------------------------------------------------------

def apply(f, args):
    """Apply f to a list of arguments (None = elided)."""
    if isinstance(f, Fn):
        return f.call(args)
    t = f.t
    if t == 101:  # :: applied is identity
        if len(args) == 1:
            return IDENTITY if args[0] is None else args[0]
        raise QError("rank")
    if t < 0:
        if (t == -7 or t == -6 or t == -5) and int(f.v) == 0 and len(args) == 1 and args[0] is not None:
            # handle 0 is the process itself: evaluate a string, or apply a list
            from . import interpreter
            x = args[0]
            if x.t in (10, -10):
                return interpreter.CURRENT.eval_text(qv.pystr(x))
            if x.t == 0 and x.v:
                return apply(x.v[0], x.v[1:])
            raise QError("type")
        if t == -7 or t == -6 or t == -5:
            from .verbs import handle_write
            if len(args) == 1 and args[0] is not None and args[0] is not IDENTITY and int(f.v) in (-2, -1, 1, 2):
                return handle_write(int(f.v), args[0])
        if t == -11:
            # `f[5;3]: a symbol applies the global it names
            from . import interpreter
            gl = interpreter.CURRENT.globals
            g = gl.get(f.v)
            ns = f.v == "." or f.v.startswith(".") and f.v[1:].isidentifier() and \
                any(k.startswith(f.v + ".") for k in gl)
            if g is None and ns and len(args) == 1 and args[0] is not None and args[0].t in (-11, 11):
                # `.[`v], `.ns `v`v: a namespace indexed by names gives their values (basics/glossary)
                names = [args[0].v] if args[0].t == -11 else args[0].v.tolist()
                keys = [n if f.v == "." else f.v + "." + n for n in names]
                if not names or not all(n.isidentifier() and k in gl for n, k in zip(names, keys)):
                    raise QError("nyi")
                vals = [gl[k] for k in keys]
                return vals[0] if args[0].t == -11 else qv.from_items(vals)
            if g is None or f.v.startswith((".", ":")):
                raise QError("nyi")     # namespaces and handles as functions are not implemented
            return apply(g, args)
        raise QError("type")
    # data: index at depth
    if len(args) == 1:
        i = args[0]
        if i is None:
            return f
        return index(f, i)
    return index_deep(f, args)


def apply1(f, x):
    if isinstance(f, Fn):
        return f.call([x])
    return apply(f, [x])


def apply2(f, x, y):
    if isinstance(f, Prim) and f.dyad is not None:
        return f.dyad(x, y)
    return apply(f, [x, y])


def index_deep(x, idxs):
    """x[i;j;...]: index at depth; elided (None) means all."""
    i = idxs[0]
    rest = idxs[1:]
    if not rest:
        return x if i is None else index(x, i)
    if x.t == 98 and i is not None and len(idxs) == 2:
        # t[rows;cols]
        pass
    if i is None:
        if x.t == 99:
            return Dict(x.k, qv.from_items([index_deep(e, rest) for e in qv.items(x.v)]))
        return qv.from_items([index_deep(e, rest) for e in qv.items(x)])
    if isinstance(x, Fn):
        return apply(x, idxs)
    r = index(x, i)
    if i.t < 0 or (i.t == 11 and x.t == 98):
        if isinstance(r, Fn):
            return apply(r, rest)
        return index_deep(r, rest)
    # a list of indexes at the first level: apply the rest to each
    return qv.from_items([index_deep(e, rest) for e in qv.items(r)])


_INT_INDEX = (5, 6, 7, 1)


def elided_index(i) -> bool:
    """Whether i selects everything: an elided index or :: (x[::]). A unary primitive is type 101 too,
    but `x count` (a method-call habit) is not x[::]: only :: is documented (ref/identity), so other
    101 values as an index are 'nyi rather than a guess."""
    if i is None or i is IDENTITY:
        return True
    if i.t == 101:
        if isinstance(i, Fn):
            raise QError("nyi")
        return True
    return False


def index(x, i):
    """x[i] / x i for lists, dicts and tables (q's Index)."""
    t = x.t
    it = i.t
    if elided_index(i):
        return x
    if t == 20:
        from .enums import index as enum_index
        return enum_index(x, i)
    if 0 < t < 20:
        if it < 0:
            if -it in _INT_INDEX:
                k = int(i.v)
                v = x.v
                if 0 <= k < len(v):
                    return Atom(-t, v[k])
                return qv.null_atom(t)
            if it == -1 or it == -4:
                raise QError("type")
            raise QError("type")
        if it in _INT_INDEX:
            idx = i.v.astype(np.int64, copy=False)
            v = x.v
            n = len(v)
            ok = (idx >= 0) & (idx < n)
            if ok.all():
                return Vec(t, v[idx])
            out = np.empty(len(idx), dtype=v.dtype)
            out[ok] = v[idx[ok]]
            out[~ok] = qv.null_value(t) if t not in (1, 4) else 0
            return Vec(t, out)
        if it == 0:
            return _index_each(x, i)
        if it == 99:
            return Dict(i.k, index(x, i.v))
        raise QError("type")
    if t == 0:
        v = x.v
        if it < 0:
            if -it in _INT_INDEX:
                k = int(i.v)
                if 0 <= k < len(v):
                    return v[k]
                return qv.null_of_list(x)
            raise QError("type")
        if it in _INT_INDEX:
            n = len(v)
            res = []
            for k in i.v.tolist():
                res.append(v[k] if 0 <= k < n else qv.null_of_list(x))
            return qv.from_items(res)
        if it == 0:
            return _index_each(x, i)
        if it == 99:
            return Dict(i.k, index(x, i.v))
        raise QError("type")
    if t == 99:
        return dict_get(x, i)
    if t == 98:
        if it == -11:
            j = _col_pos(x, i.v)
            if j < 0:
                raise QError(i.v)
            return x.v[j]
        if it == 11:
            return qv.from_items([index(x, qv.sym(s)) for s in i.v.tolist()])
        if it < 0 and -it in _INT_INDEX:
            return Dict(x.k, qv.from_items([index(c, i) for c in x.v]))
        if it in _INT_INDEX:
            return Table(x.k, [index(c, i) for c in x.v])
        raise QError("type")
    if t < 0:
        raise QError("type")
    raise QError("type")


def _col_pos(tbl, name):
    names = tbl.k.v
    for j, n in enumerate(names):
        if n == name:
            return j
    return -1


def _index_each(x, i):
    return qv.from_items([index(x, e) for e in i.v]) if i.t == 0 else index(x, i)


def dict_get(d, k):
    """d[k]: value(s) at key(s); missing keys give the null of the values."""
    from .verbs import find_keys
    if hasattr(d, "partial_index"):
        return d.partial_index(k)          # .q (keywords/namespaces.py)
    keys = d.k
    kt = keys.t
    if kt == 98:
        from .keywords.tables import keyed_get
        return keyed_get(d, k)
    kit = k.t
    if d.attr == "s" and 0 < kt < 20 and (kit < 0 or 0 < kit < 20):
        # a sorted dictionary is a step function (ref/apply): a key's value holds up to the next key
        from .verbs import VERBS
        return index(d.v, VERBS["bin"].dyad(keys, k))
    if kit < 0 or (kt == 0 and kit >= 0 and not _list_of_keys(keys, k)):
        pos = find_keys(keys, k, atom=True)
        if pos < qv.count(keys):
            return qv.item(d.v, pos) if d.v.t != 98 else qv.item(d.v, pos)
        return qv.null_of_list(d.v)
    pos = find_keys(keys, k, atom=False)
    return index(d.v, pos)


def _list_of_keys(keys, k):
    """With a general list of keys, is k one key or a list of keys? (q: a key if it matches an item's type)"""
    if k.t == 0:
        return True
    return False
