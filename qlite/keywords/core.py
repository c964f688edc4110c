"""The glyph rows of the verb table (+ - * % ! & | < > = ~ , ^ # _ $ ? @ . and their monadic `x:` forms),
the keywords that are their aliases (neg not count first ...), Apply/Amend/Trap (@ and .), Dict (!), Find/Roll (?).
"""
from __future__ import annotations

import numpy as np

from ..errors import QError
from .. import values as qv
from ..values import Atom, Vec, List, Dict, Table, IDENTITY, DTYPE
from ..funcs import Fn, Prim, apply, apply1, apply2, index, index_deep, Lam, Proj, elided_index
from ..match import match
from ..verbs import (verb, alias, add, sub, mul, divide, neg, greater, lesser, equal, less, more, less_eq,
                     more_eq, not_equal, VERBS)
from . import lists as L
from . import math as M
from . import strings as S


def type_(x):
    """type (ref/type): the type number as a short."""
    t = x.t
    return Atom(-5, np.int16(t))


def match_(x, y):
    return Atom(-1, np.bool_(match(x, y)))


def _fmt_fixed(y):
    """-27!(x;y) (basics/internal): float atom or vector y as string(s) with x (an int atom) decimal
    places; nulls, infinities and other shapes are not settled here."""
    import math
    if y.t != 0 or len(y.v) != 2:
        raise QError("nyi")
    p, v = y.v
    if p.t != -6 or not 0 <= int(p.v) <= 17 or v.t not in (-9, 9):
        raise QError("nyi")
    fs = [float(v.v)] if v.t < 0 else v.v.tolist()
    if not fs or not all(math.isfinite(f) for f in fs):
        raise QError("nyi")
    import decimal
    if any(abs(decimal.Decimal(f).scaleb(int(p.v))) % 1 == decimal.Decimal("0.5") for f in fs):
        raise QError("nyi")     # an exact tie: how kdb+ rounds it is not settled here
    out = [qv.string("%.*f" % (int(p.v), f)) for f in fs]
    return out[0] if v.t < 0 else List(out)


def dict_(x, y):
    """Dict (ref/dict): x!y; also 0N!x (display) and other system forms."""
    if x.t in (-7, -6, -5) and x.t < 0:
        n = int(x.v)
        if n == qv.NULL_INT[-x.t] or n == qv.NULL_INT[7]:
            from .. import interpreter
            from ..format import show_text
            ip = interpreter.CURRENT
            ip.stdout.write(show_text(y, ip, oneline=True) + "\n")
            return y
        if n == -3:
            from ..format import kstr
            return qv.string(kstr(y))
        if n == -27:
            return _fmt_fixed(y)
        from ..serialize import INTERNAL      # -8! -9! -18! -22! and the other internal functions
        f = INTERNAL.get(n)
        if f is not None:
            return f(y)
        raise QError("nyi")
    if x.t == 98 and y.t == 98:
        return Dict(x, y)
    if x.t < 0:
        if y.t < 0:
            raise QError("nyi")
        raise QError("nyi")
    cx = qv.count(x)
    if y.t < 0:
        y = L._take_n(cx, y)
    if cx != qv.count(y):
        raise QError("length")
    return Dict(x, y)


def key_or_til(x):
    if x.t == 99:
        return x.k
    if x.t in (-7, -6, -5, -1, -4):
        return L.til(x)
    return L.key(x)


def fill_or_null(x):
    return L.null(x)


def find_or_roll(x, y):
    """Find/Roll/Deal (ref/find, ref/deal): x?y."""
    tx, ty = x.t, y.t
    if tx in (-7, -6, -5) and ty in (-7, -6, -5, -9, -8, 7, 6, 5, 9, 11, 10, 1, 0, -11, -10, -14, -1):
        return _roll(int(x.v), y)
    return L.find(x, y)


def _rng():
    """Each interpreter has its own generator with a fixed seed, like a fresh q process
    (the values differ from kdb+'s generator; shape, range and distinctness do not)."""
    from .. import interpreter
    ip = interpreter.CURRENT
    r = getattr(ip, "rng", None)
    if r is None:
        r = np.random.default_rng(314159)
        if ip is not None:
            ip.rng = r
    return r


def _roll(n, y):
    null = n == qv.NULL_INT[7] or n == qv.NULL_INT[6]
    qv.check_alloc(abs(n) if not null else 0)
    g = _rng()
    if y.t in (-7, -6, -5):
        m = int(y.v)
        if null and m > 0:
            # ref/deal: 0N?10 permutes til 10
            return Vec(-y.t, g.permutation(m).astype(DTYPE[-y.t]))
        if null or m <= 0:
            raise QError("nyi")
        if n >= 0:
            return Vec(-y.t, g.integers(0, m, size=n).astype(DTYPE[-y.t]))
        if -n > m:
            raise QError("length")
        return Vec(-y.t, g.choice(m, size=-n, replace=False).astype(DTYPE[-y.t]))
    if y.t in (-9, -8):
        if n < 0 or null:
            raise QError("nyi")
        return Vec(-y.t, (g.random(n) * float(y.v)).astype(DTYPE[-y.t]))
    if y.t == -11 and y.v.isdigit() and 0 < int(y.v) <= 8:
        # ref/deal: 10?`3 rolls symbols of 3 letters from a to p (deal, -n?`3, is not done)
        if n < 0 or null:
            raise QError("nyi")
        letters = np.frombuffer(b"abcdefghijklmnop", dtype=np.uint8)
        codes = letters[g.integers(0, 16, size=(n, int(y.v)))]
        return qv.syms([bytes(r).decode() for r in codes])
    if 0 <= y.t < 20:
        c = qv.count(y)
        if c == 0:
            raise QError("nyi")
        if null:
            idx = g.permutation(c)
        elif n >= 0:
            idx = g.integers(0, c, size=n)
        else:
            if -n > c:
                raise QError("length")
            idx = g.choice(c, size=-n, replace=False)
        return index(y, Vec(7, np.asarray(idx, dtype=np.int64)))
    raise QError("nyi")


def vector_cond(c, a, b, *rest):
    """Vector Conditional (ref/vector-conditional): ?[c;a;b] picks a where c is true, else b."""
    if rest:
        raise QError("rank")
    if c.t != 1 and c.t != -1:
        raise QError("type")
    if c.t == -1:
        return a if c.v else b
    n = len(c.v)
    ai = qv.items(a) if a.t >= 0 else [a] * n
    bi = qv.items(b) if b.t >= 0 else [b] * n
    if len(ai) != n or len(bi) != n:
        raise QError("length")
    if 0 < a.t < 20 or 0 < b.t < 20 or (a.t < 0 and b.t < 0):
        ta, tb = abs(a.t), abs(b.t)
        if ta != tb and ta < 20 and tb < 20 and a.t != 0 and b.t != 0:
            raise QError("nyi")     # ?[v>1;v*1.5;v]: the page takes y and z of one type
        if ta == tb:
            av = a.v if a.t > 0 else np.full(n, a.v, dtype=DTYPE[ta]) if ta != 11 else L._objfull(n, a.v)
            bv = b.v if b.t > 0 else np.full(n, b.v, dtype=DTYPE[tb]) if tb != 11 else L._objfull(n, b.v)
            return Vec(ta, np.where(c.v, av, bv))
    return qv.from_items([x if f else y for f, x, y in zip(c.v, ai, bi)])


def distinct_(x):
    return L.distinct(x)


def value_(x):
    return L.value(x)


def apply_at(x, y):
    """Apply At / Index At (ref/apply): x@y is x[y]; a glyph verb with one argument is a projection, as
    +[2] is: (#)@1 0 2 is #[1 0 2] (ref/take), not count."""
    if isinstance(x, Prim) and x.dyad is not None and x.name in _GLYPH_NAMES:
        return Proj(x, [y, None])
    return apply(x, [y])


_GLYPH_NAMES = set("+-*%!&|<>=~,^#_$?@.") | {"<=", ">=", "<>"}


def apply_dot(x, y):
    """Apply / Index (ref/apply): x . y applies x to the items of y."""
    if y.t < 0:
        raise QError("type")
    if y.t == 101:
        return apply(x, [IDENTITY])
    args = qv.items(y)
    if not args:
        return apply(x, [IDENTITY]) if isinstance(x, Fn) else x
    return apply(x, list(args))


def _trap(f, args, handler):
    from .. import interpreter
    ip = interpreter.CURRENT
    depth = ip.depth
    try:
        return apply(f, args)
    except QError as e:
        # budgets are not trappable, and neither is 'nyi: a trapped 'nyi would let an approximation pass
        if e.name == "nyi" or e.name in ("stop", "wsfull", "stack") and ip.budget_hit:
            raise
        ip.depth = depth
        msg = qv.string(e.name)
        if isinstance(handler, Fn):
            return apply1(handler, msg)
        if handler is IDENTITY:
            return msg      # :: is applied like any function: @[parse;"22 1b1 44";::] is "1b1" (ref/errors, trap)
        return handler


def at_extra(x, i, f, *rest):
    """@[x;i;f] / @[x;i;f;y] amend, or @[f;x;handler] trap."""
    if not rest:
        if isinstance(x, Fn) or x.t >= 100:
            return _trap(x, [i], f)
        return amend_at(x, i, f, None)
    if len(rest) == 1:
        return amend_at(x, i, f, rest[0])
    raise QError("rank")


def dot_extra(x, i, f, *rest):
    """.[x;i;f] / .[x;i;f;y] amend at depth, or .[f;args;handler] trap."""
    if not rest:
        if isinstance(x, Fn) or x.t >= 100:
            args = qv.items(i) if i.t >= 0 else [i]
            return _trap(x, list(args), f)
        return amend_dot(x, i, f, None)
    if len(rest) == 1:
        return amend_dot(x, i, f, rest[0])
    raise QError("rank")


def _global_target(x):
    """Amend by name: `x means the global x; returns (name or None, value)."""
    if x.t == -11:
        from .. import interpreter
        ip = interpreter.CURRENT
        return x.v, ip.get_global(x.v)
    return None, x


def amend_at(x, i, f, y):
    name, val = _global_target(x)
    r = amend(val, [i], f, y, deep=False)
    if name is not None:
        from .. import interpreter
        interpreter.CURRENT.set_global(name, r)
        return x
    return r


def amend_dot(x, i, f, y):
    name, val = _global_target(x)
    idx = qv.items(i) if i.t >= 0 else [i]
    if i.t == 0 and not i.v or elided_index(i):
        r = _apply_f(f, val, y)
    else:
        r = amend(val, list(idx), f, y, deep=True)
    if name is not None:
        from .. import interpreter
        interpreter.CURRENT.set_global(name, r)
        return x
    return r


def _apply_f(f, cur, y):
    if f is VERBS[":"] or (isinstance(f, Prim) and f.name == ":"):
        return y
    if y is None:
        if isinstance(f, Prim) and f.dyad is not None and f.name in _GLYPH_NAMES:
            return Proj(f, [cur, None])     # @[("ssd";"bsd");0;+] is (+["ssd"];"bsd") (ref/amend)
        return apply1(f, cur)
    return apply2(f, cur, y)


def amend(x, idxs, f, y, deep=True):
    """Functional amend: x with the items at idxs replaced by f[x idxs; y] (ref/amend)."""
    i = idxs[0]
    rest = idxs[1:]
    if elided_index(i):
        n = qv.count(x)
        i = Vec(7, np.arange(n, dtype=np.int64))
    if x.t == 99:
        return _amend_dict(x, i, rest, f, y, deep)
    if x.t == 98:
        raise QError("nyi")
    if x.t < 0 or x.t >= 100:
        raise QError("type")
    if i.t < 0:
        k = _index_int(i)
        n = qv.count(x)
        if not 0 <= k < n:
            raise QError("length")     # an index past the end: v[5 1]:42 100 (basics/dictsandtables)
        cur = qv.item(x, k)
        new = amend(cur, rest, f, y, deep) if rest else _apply_f(f, cur, y)
        return _set_item(x, k, new)
    # a list of indexes: y is conformed item by item (atom y applies to all)
    ks = qv.items(i)
    ys = None
    if y is not None:
        if y.t >= 0 and y.t < 99:
            ys = qv.items(y)
            if len(ys) != len(ks):
                raise QError("length")
    out = x
    for j, kk in enumerate(ks):
        yy = ys[j] if ys is not None else y
        out = amend(out, [kk] + rest, f, yy, deep)
    return out


def _index_int(i):
    if i.t in (-7, -6, -5):
        return int(i.v)
    raise QError("type")


def _set_item(x, k, new):
    t = x.t
    if 0 < t < 20:
        if new.t == -t:
            v = x.v.copy()
            v[k] = new.v
            return Vec(t, v)
        # a different type: the list becomes general (q: only when not a simple-typed amend)
        raise QError("type")
    if t == 0:
        v = list(x.v)
        v[k] = new
        return qv.from_items(v) if all(e.t < 0 for e in v) and v else List(v)
    if t == 20:
        from ..enums import set_item
        return set_item(x, k, new)
    raise QError("type")


def _amend_dict(d, i, rest, f, y, deep):
    ks = [i] if i.t < 0 or (d.k.t == 0) else qv.items(i)
    ys = qv.items(y) if (y is not None and i.t >= 0 and d.k.t != 0 and y.t >= 0 and y.t < 99) else None
    if ys is not None and len(ys) != len(ks):
        raise QError("length")
    keys = d.k
    vals = d.v
    for j, k in enumerate(ks):
        yy = ys[j] if ys is not None else y
        pos = _find_key(keys, k)
        n = qv.count(keys)
        if pos < n:
            cur = qv.item(vals, pos)
            new = amend(cur, rest, f, yy, deep) if rest else _apply_f(f, cur, yy)
            if vals.t > 0 and new.t == -vals.t:
                v = vals.v.copy()
                v[pos] = new.v
                vals = Vec(vals.t, v)
            elif 0 < vals.t < 20:
                raise QError("nyi")     # d[`a]:1.5 in a dict of longs: a list says 'type (ref/assign), a dict is not shown
            else:
                items = list(qv.items(vals))
                items[pos] = new
                vals = qv.from_items(items)
        else:
            cur = qv.null_of_list(vals) if (n or vals.t > 0) else IDENTITY
            if rest:
                raise QError("nyi")
            new = _apply_f(f, cur, yy) if not (isinstance(f, Prim) and f.name == ":") else yy
            if 0 < vals.t < 20 and n and new.t != -vals.t:
                raise QError("nyi")     # a new key whose value is not of the dict's value type
            keys = L.join(keys, k if k.t < 0 else List([k]))
            vals = L.join(vals, new) if (new.t < 0 and (vals.t == -new.t or n == 0)) else qv.from_items(list(qv.items(vals)) + [new])
    return Dict(keys, vals)


def _find_key(keys, k):
    r = L.find(keys, k)
    if r.t < 0:
        return int(r.v)
    return qv.count(keys)


def amend_assign(f):
    """`:` as a function value (used in amend: @[x;i;:;y])."""
    return f


def colon_dyad(x, y):
    return y


def show(x):
    """show (ref/show): print the console text of x."""
    from .. import interpreter
    from ..format import show_text
    ip = interpreter.CURRENT
    ip.stdout.write(show_text(x, ip) + "\n")
    return IDENTITY


def exit_(x):
    from ..errors import QExit
    if x.t not in (-7, -6, -5, -1):
        raise QError("type")
    raise QExit(int(x.v))


def enlist_extra(*xs):
    return qv.from_items(list(xs))


def flip_(x):
    return L.flip(x)


def compose_or_each(x):
    raise QError("nyi")


def over_kw(f, x):
    from ..iterators import over
    return over(f, [x], False)


def scan_kw(f, x):
    from ..iterators import over
    return over(f, [x], True)


def each_kw(f, x):
    from ..iterators import each
    return each(f, [x])


def prior_kw(f, x):
    from ..iterators import prior
    return prior(f, [x])


def cond_value(x):
    raise QError("nyi")


def attr_(x):
    a = getattr(x, "attr", "")
    return Atom(-11, a or "")


def set_attr(x, y):
    """Set Attribute (ref/set-attribute): `s#y etc."""
    if x.t != -11:
        raise QError("type")
    a = x.v
    if a not in ("s", "u", "p", "g", ""):
        raise QError("domain")
    if y.t < 0:
        raise QError("domain")
    if a == "s":
        if 0 < y.t < 20:
            if not _is_sorted(y):
                raise QError("s-fail")
            return Vec(y.t, y.v, attr="s")
        if y.t == 99 and y.k.t == 98:
            # a keyed table: the key table gets `s (its columns no attribute), as kb/serialization shows
            return Dict(Table(y.k.k, y.k.v, "s"), y.v, attr="s") if _table_sorted(y.k) else _nyi()
        if y.t == 99:
            return Dict(y.k if y.k.t == 0 else Vec(y.k.t, y.k.v, "s"), y.v, attr="s")
        if y.t == 98 and y.v and 0 < y.v[0].t < 20 and _table_sorted(y):
            # "setting the sorted attribute on a table sets the parted attribute on the first column"
            return Table(y.k, [Vec(y.v[0].t, y.v[0].v, "p")] + list(y.v[1:]), attr="s")
        raise QError("nyi")     # an unsorted table: whether kdb+ checks all columns is not settled here
    if a == "u":
        if 0 < y.t < 20:
            if qv.count(L.distinct(y)) != len(y.v):
                raise QError("u-fail")
            return Vec(y.t, y.v, attr="u")
        raise QError("nyi")
    if a in ("p", "g"):
        if 0 < y.t < 20:
            return Vec(y.t, y.v, attr=a)
        raise QError("nyi")
    if 0 < y.t < 20:
        return Vec(y.t, y.v)
    if y.t == 0:
        return List(y.v)
    return y


def _table_sorted(t):
    """Rows already in ascending order, compared column by column; columns other than simple vectors
    (or floats with nulls) are 'nyi."""
    undecided = None        # adjacent row pairs equal on the columns so far
    for c in t.v:
        if not 0 < c.t < 20 or c.t == 2 or c.t in (8, 9, 15) and np.isnan(c.v).any():
            raise QError("nyi")
        a, b = c.v[:-1], c.v[1:]
        gt = np.asarray(a > b, dtype=bool)
        if undecided is None:
            undecided = np.ones(len(gt), dtype=bool)
        if (undecided & gt).any():
            return False
        undecided &= np.asarray(a == b, dtype=bool)
    return True


def _nyi():
    raise QError("nyi")


def _is_sorted(y):
    v = y.v
    if y.t == 11:
        return all(a <= b for a, b in zip(v[:-1], v[1:]))
    if y.t in (8, 9):
        k = np.where(np.isnan(v), -np.inf, v)
        return bool(np.all(k[:-1] <= k[1:]))
    return bool(np.all(v[:-1] <= v[1:]))


def drop_or_floor(x):
    return M.floor(x)


def attr_or_take(x, y):
    return L.take(x, y)


def iasc_(x):
    return L.iasc(x)


def group_(x):
    return L.group(x)


def where_(x):
    return L.where(x)


def reverse_(x):
    return L.reverse(x)


def string_(x):
    return S.string(x)


def fill_(x, y):
    return L.fill(x, y)


def join_(x, y):
    return L.join(x, y)


# ---- the glyph rows ----------------------------------------------------------------------------------
verb("+", L.flip, add)
verb("-", neg, sub)
verb("*", L.first, mul)
verb("%", M.reciprocal, divide)
verb("!", key_or_til, dict_)
verb("&", L.where, lesser)
verb("|", L.reverse, greater)
verb("<", L.iasc, less)
verb(">", L.idesc, more)
verb("=", L.group, equal)
verb("~", M.not_, match_)
verb(",", L.enlist, L.join, extra=enlist_extra)
verb("^", L.null, L.fill)
def take_or_attr(x, y):
    if x.t == -11 and x.v in ("s", "u", "p", "g", ""):
        return set_attr(x, y)
    return L.take(x, y)


verb("#", L.count_, take_or_attr)
verb("_", M.floor, L.drop)
verb("$", S.string, S.cast)
verb("?", L.distinct, find_or_roll, extra=vector_cond)
verb("@", type_, apply_at, extra=at_extra)
verb(".", L.value, apply_dot, extra=dot_extra)
verb("<=", None, less_eq)
verb(">=", None, more_eq)
verb("<>", None, not_equal)
verb(":", lambda x: x, colon_dyad)
verb("::", lambda x: x, None)

# monadic forms x: of each glyph (the same functions, rank 1)
for _g in "+-*%!&|<>=~,^#_$?@.":
    _p = VERBS[_g]
    verb(_g + ":", _p.monad, None, t=101)

# keywords that are glyph forms: aliases share the row
alias("flip", "+:")
alias("neg", "-:")
alias("first", "*:")
alias("reciprocal", "%:")
alias("where", "&:")
alias("reverse", "|:")
# iasc/idesc are k lambdas over < and > (they show their definition); their grading is <: and >:'s
verb("iasc", lambda x: VERBS["<:"].monad(x), None, t=100)
verb("idesc", lambda x: VERBS[">:"].monad(x), None, t=100)
alias("group", "=:")
alias("not", "~:")
VERBS[",:"].extra = enlist_extra
# enlist is kdb+'s own primitive beside ,: and shows by name: (enlist;`a) in a parse tree (basics/parsetrees)
verb("enlist", VERBS[",:"].monad, None, extra=enlist_extra, t=VERBS[",:"].t)
alias("null", "^:")
alias("count", "#:")
alias("floor", "_:")
alias("string", "$:")
alias("distinct", "?:")
alias("type", "@:")
alias("value", ".:")
alias("get", ".:")

# other unary keywords
for _name, _f in [("til", L.til), ("last", L.last), ("raze", L.raze), ("key", L.key), ("asc", L.asc),
                  ("desc", L.desc), ("rank", L.rank), ("prev", L.prev), ("next", L.next_), ("fills", L.fills),
                  ("differ", L.differ), ("abs", M.abs_),
                  ("sqrt", M.sqrt), ("exp", M.exp), ("log", M.log), ("ceiling", M.ceiling), ("signum", M.signum),
                  ("sin", M.sin), ("cos", M.cos), ("tan", M.tan), ("asin", M.asin), ("acos", M.acos),
                  ("atan", M.atan),
                  ("sum", M.sum_), ("sums", M.sums), ("prd", M.prd), ("prds", M.prds), ("max", M.max_),
                  ("min", M.min_), ("maxs", M.maxs), ("mins", M.mins), ("avg", M.avg), ("avgs", M.avgs),
                  ("med", M.med), ("var", M.var), ("dev", M.dev), ("svar", M.svar), ("sdev", M.sdev),
                  ("lower", S.lower), ("upper", S.upper), ("trim", S.trim), ("ltrim", S.ltrim),
                  ("rtrim", S.rtrim), ("show", show), ("exit", exit_), ("attr", attr_)]:
    verb(_name, _f, None, t=101)


def _any(x):
    if x.t < 0:
        return Atom(-1, np.bool_(M.not_(M.not_(x)).v)) if x.t not in (-11,) else (_ for _ in ()).throw(QError("type"))
    if 0 < x.t < 20:
        if x.t in (11,):
            raise QError("type")
        return Atom(-1, np.bool_(np.any(x.v != 0)))
    if x.t == 0 and not x.v:
        return Atom(-1, np.bool_(False))
    if x.t == 99:
        return _any(x.v)
    if x.t == 0:
        return _fold_bools(x, greater)
    raise QError("type")


def _fold_bools(x, f):
    """any/all of a list of lists aggregate its items like |/ and &/: (01b;10b) -> 11b."""
    r = M.not_(M.not_(x.v[0]))
    for item in x.v[1:]:
        r = f(r, M.not_(M.not_(item)))
    return r


def _all(x):
    if x.t < 0:
        return Atom(-1, np.bool_(x.v != 0)) if x.t != -11 else (_ for _ in ()).throw(QError("type"))
    if 0 < x.t < 20:
        if x.t in (11,):
            raise QError("type")
        return Atom(-1, np.bool_(np.all(x.v != 0)))
    if x.t == 0 and not x.v:
        return Atom(-1, np.bool_(True))
    if x.t == 99:
        return _all(x.v)
    if x.t == 0:
        return _fold_bools(x, lesser)
    raise QError("type")


def _seeded_prior(glyph):
    def f(x, y):
        from ..iterators import prior
        return prior(VERBS[glyph], [x, y])
    return f


verb("deltas", L.deltas, _seeded_prior("-"), t=100)
verb("ratios", L.ratios, _seeded_prior("%"), t=100)

verb("any", _any, None, t=101)
verb("all", _all, None, t=101)

# infix keywords
for _name, _f in [("mod", M.mod), ("div", M.div), ("xbar", M.xbar), ("ema", M.ema), ("xexp", M.xexp), ("xlog", M.xlog), ("in", L.in_),
                  ("within", L.within), ("except", L.except_), ("inter", L.inter), ("union", L.union),
                  ("bin", L.bin_), ("binr", L.binr), ("cross", L.cross), ("cut", L.cut), ("rotate", L.rotate),
                  ("sublist", L.sublist), ("xprev", L.xprev), ("xrank", L.xrank), ("like", S.like), ("ss", S.ss), ("vs", S.vs),
                  ("sv", S.sv), ("mmu", S.mmu), ("wsum", M.wsum), ("wavg", M.wavg), ("msum", M.msum), ("mavg", M.mavg),
                  ("mmax", M.mmax), ("mmin", M.mmin), ("mcount", M.mcount),
                  ("each", each_kw), ("over", over_kw), ("scan", scan_kw), ("prior", prior_kw),
                  ("peach", each_kw)]:
    verb(_name, None, _f, infix=True)

VERBS["and"] = VERBS["&"]
VERBS["or"] = VERBS["|"]
from ..verbs import INFIX as _INFIX  # noqa: E402
_INFIX.update({"and", "or"})
verb("ssr", None, None, extra=S.ssr, rank=3)
VERBS["ssr"].t = 100


def _host(name):
    """Host access: 'access in sandbox mode; qlite does not implement it otherwise."""
    def f(*a):
        from .. import interpreter
        ip = interpreter.CURRENT
        if name == "system" and ip is not None and len(a) == 1 and a[0].t in (10, -10):
            cmd = bytes(np.atleast_1d(a[0].v).astype(np.uint8)).decode("latin-1")
            word = cmd.strip().partition(" ")[0].partition(":")[0]
            if word in interpreter._SAFE_SYSTEM:
                # system"c 10 20" is \c 10 20: system"a" is the same command as \a (ref/system)
                r = ip._system(cmd)
                return IDENTITY if r is None else r
        if ip is not None and ip.sandbox:
            raise QError("access")
        raise QError("nyi")
    return f


for _name in ("system", "getenv", "setenv", "hopen", "hclose", "read0", "read1", "hcount", "hdel", "hsym",
              "load", "save", "rload", "rsave", "dsave", "set", "peach_", "gtime", "ltime"):
    if _name in ("set", "setenv"):
        verb(_name, None, _host(_name), infix=True)
    else:
        verb(_name, _host(_name), None, t=101)


def _set(x, y):
    """set (ref/get): `name set y assigns the global name and returns `name; `:file set y is host access."""
    if x.t == -11 and x.v and not str(x.v).startswith(":"):
        from .. import interpreter
        ip = interpreter.CURRENT
        name = str(x.v)
        if ip.ctx and not name.startswith("."):
            name = ip.ctx + "." + name
        ip.check_assign(name)
        ip.globals[name] = y
        return x
    return _host("set")(x, y)


VERBS["set"].dyad = _set


def _nyi_fn(*a):
    raise QError("nyi")


# every other q keyword is known (so it is never an undefined name) but not implemented: 'nyi
_INFIX_NYI = ("aj", "asof", "cor", "cov", "ema", "ij", "ijf", "insert", "lj", "ljf", "lsq", "mdev", "pj", "scov",
              "uj", "ujf", "upsert", "xasc", "xcol", "xcols", "xdesc", "xgroup", "xkey", "xrank", "fby", "wj", "wj1")
_UNARY_NYI = ("aj0", "ajf", "ajf0", "cols", "ej", "eval", "fkeys", "inv", "keys", "md5", "meta",
              "parse", "plist", "rand", "reval", "tables", "ungroup", "view", "views")
for _name in _INFIX_NYI:
    if _name not in VERBS:
        verb(_name, None, _nyi_fn, extra=_nyi_fn, infix=_name not in ("aj", "wj", "wj1"))
for _name in _UNARY_NYI:
    if _name not in VERBS:
        verb(_name, _nyi_fn, None, extra=_nyi_fn, t=101)


def _compose(*fs):
    """'[f;g;...] (ref/compose): apply the last to the arguments, then each earlier one to the result."""
    from ..funcs import Comp, Derived
    if len(fs) == 1:
        return Derived("'", fs[0])      # '[f] is f' (ref/iterators)
    return Comp(list(fs))


verb("'", _compose, _compose, extra=_compose, t=103)


def _iterator_row(adv):
    """An iterator as a value (ref/iterators, basics/parsetrees): /[f] is f/, and (/;f) evaluates to f/."""
    from ..funcs import Derived

    def derive(f):
        return Derived(adv, f)
    derive.__doc__ = f"{adv}[f] is f{adv}"
    verb(adv, derive, None, t=103)


for _adv in ("/", "\\", "':", "/:", "\\:"):
    _iterator_row(_adv)
