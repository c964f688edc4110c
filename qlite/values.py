"""q values: kdb+'s model of a type number plus a numpy array (vectors), a numpy scalar (atoms),
or a Python list (general lists). The one place for type chars, nulls, infinities and promotion.

Atoms have t < 0, vectors 1..19, general lists 0, tables 98, dicts 99, functions 100+.
"""
from __future__ import annotations

import numpy as np

from .errors import QError

# type numbers
B, G, X, H, I, J, E, F, C, S, P, M, D, Z, N, U, V, T = 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19

TYPE_CHAR = {1: "b", 2: "g", 4: "x", 5: "h", 6: "i", 7: "j", 8: "e", 9: "f", 10: "c", 11: "s",
             12: "p", 13: "m", 14: "d", 15: "z", 16: "n", 17: "u", 18: "v", 19: "t"}
CHAR_TYPE = {c: t for t, c in TYPE_CHAR.items()}
TYPE_NAME = {1: "boolean", 2: "guid", 4: "byte", 5: "short", 6: "int", 7: "long", 8: "real", 9: "float",
             10: "char", 11: "symbol", 12: "timestamp", 13: "month", 14: "date", 15: "datetime",
             16: "timespan", 17: "minute", 18: "second", 19: "time"}
NAME_TYPE = {n: t for t, n in TYPE_NAME.items()}

DTYPE = {1: np.bool_, 4: np.uint8, 5: np.int16, 6: np.int32, 7: np.int64, 8: np.float32, 9: np.float64,
         10: np.uint8, 11: object, 12: np.int64, 13: np.int32, 14: np.int32, 15: np.float64,
         16: np.int64, 17: np.int32, 18: np.int32, 19: np.int32, 2: np.dtype("V16")}
GUID_NULL = np.void(bytes(16))      # a guid is 16 bytes (numpy V16); the null guid is all zeros

INT_TYPES = (5, 6, 7)
FLOAT_TYPES = (8, 9)
NUMERIC = (1, 4, 5, 6, 7, 8, 9)
TEMPORAL = (12, 13, 14, 15, 16, 17, 18, 19)

NULL_INT = {5: -2**15, 6: -2**31, 7: -2**63, 12: -2**63, 13: -2**31, 14: -2**31,
            16: -2**63, 17: -2**31, 18: -2**31, 19: -2**31}
INF_INT = {5: 2**15 - 1, 6: 2**31 - 1, 7: 2**63 - 1, 12: 2**63 - 1, 13: 2**31 - 1, 14: 2**31 - 1,
           16: 2**63 - 1, 17: 2**31 - 1, 18: 2**31 - 1, 19: 2**31 - 1}


class Q:
    """Base of every q value."""
    __slots__ = ()
    t = 0


class Atom(Q):
    __slots__ = ("t", "v")

    def __init__(self, t, v):
        self.t = t
        self.v = v

    def __repr__(self):
        return f"Atom({self.t},{self.v!r})"


class Vec(Q):
    """A simple list: numpy 1-d array of DTYPE[t]; attr is '' or one of s u p g."""
    __slots__ = ("t", "v", "attr")

    def __init__(self, t, v, attr=""):
        self.t = t
        self.v = v
        self.attr = attr

    def __len__(self):
        return len(self.v)

    def __repr__(self):
        return f"Vec({self.t},{self.v!r})"


class List(Q):
    """A general list (type 0) of q values."""
    __slots__ = ("v", "attr")
    t = 0

    def __init__(self, v, attr=""):
        self.v = v
        self.attr = attr

    def __len__(self):
        return len(self.v)

    def __repr__(self):
        return f"List({self.v!r})"


class Dict(Q):
    __slots__ = ("k", "v", "attr")
    t = 99

    def __init__(self, k, v, attr=""):
        self.k = k
        self.v = v
        self.attr = attr

    def __repr__(self):
        return f"Dict({self.k!r},{self.v!r})"


class Table(Q):
    """A table: column names (symbol Vec) and a list of equal-length columns."""
    __slots__ = ("k", "v", "attr")
    t = 98

    def __init__(self, k, v, attr=""):
        self.k = k          # Vec of symbols
        self.v = v          # python list of column values
        self.attr = attr

    def __repr__(self):
        return f"Table({self.k!r},{self.v!r})"


# ---- constructors -----------------------------------------------------------------------------

def _scalar(t, v):
    if t == 2:
        return np.void(bytes(v))
    return DTYPE[t](v) if t != 11 else v


def atom(t, v):
    """Atom of type t (positive type number), v converted to the type's numpy scalar."""
    return Atom(-t, _scalar(t, v))


def vec(t, arr, attr=""):
    return Vec(t, arr, attr)


def mkvec(t, items):
    """Vector of type t from Python values."""
    if t == 11:
        a = np.empty(len(items), dtype=object)
        a[:] = list(items)
        return Vec(11, a)
    return Vec(t, np.array(items, dtype=DTYPE[t]))


def empty(t):
    return Vec(t, np.empty(0, dtype=DTYPE[t]))


def long(v):
    return Atom(-7, np.int64(v))


def flt(v):
    return Atom(-9, np.float64(v))


def boolean(v):
    return Atom(-1, np.bool_(v))


def char(c):
    return Atom(-10, np.uint8(ord(c) if isinstance(c, str) else c))


def sym(s):
    return Atom(-11, s)


def string(s: str):
    """A char vector from Python text (UTF-8 bytes, like q)."""
    return Vec(10, np.frombuffer(s.encode("utf-8"), dtype=np.uint8).copy())


def strbytes(b: bytes):
    return Vec(10, np.frombuffer(b, dtype=np.uint8).copy())


def pystr(x) -> str:
    """Text of a char vector/atom (or a symbol)."""
    if x.t == 10:
        return x.v.tobytes().decode("utf-8", "surrogateescape")
    if x.t == -10:
        return chr(int(x.v))
    if x.t == -11:
        return x.v
    raise QError("type")


def syms(names):
    return mkvec(11, list(names))


class _Identity(Q):
    """The generic null :: (type 101)."""
    __slots__ = ()
    t = 101

    def __repr__(self):
        return "::"


IDENTITY = _Identity()

EMPTY = List([])


def null_atom(t):
    """The null atom of vector type t (positive)."""
    if t in (8, 9, 15):
        return Atom(-t, DTYPE[t](np.nan))
    if t in NULL_INT:
        return Atom(-t, DTYPE[t](NULL_INT[t]))
    if t == 1:
        return Atom(-1, np.bool_(False))
    if t == 4:
        return Atom(-4, np.uint8(0))
    if t == 10:
        return Atom(-10, np.uint8(32))
    if t == 11:
        return Atom(-11, "")
    if t == 2:
        return Atom(-2, GUID_NULL)
    raise QError("nyi")


def null_value(t):
    return null_atom(t).v


def isnull_arr(t, a):
    """Boolean mask of nulls of a vector (or numpy scalar) of type t."""
    if t in (8, 9, 15):
        return np.isnan(a)
    if t in NULL_INT:
        return a == NULL_INT[t]
    if t == 10:
        return a == 32
    if t == 11:
        return a == ""
    if t == 2:
        return np.asarray(a == GUID_NULL)
    return np.zeros(np.shape(a), dtype=bool)


_INTERP = None       # the interpreter module, imported on first use (it imports this one)


def check_alloc(n, itemsize=8):
    """Budget: a result of n items over the interpreter's memory limit is 'wsfull (before allocating)."""
    global _INTERP
    if _INTERP is None:
        from . import interpreter as _INTERP
    ip = _INTERP.CURRENT
    if n < 0:
        return
    lim = ip.limits.max_memory_bytes if ip is not None else None
    if lim is not None and n * itemsize > lim:
        ip.budget_hit = True
        raise QError("wsfull")
    if n * itemsize > (1 << 36):
        raise QError("wsfull")


# ---- list building ----------------------------------------------------------------------------

def from_items(items):
    """q's list from items: uniform atoms collapse to a vector, anything else is a general list."""
    n = len(items)
    if n == 0:
        return List([])
    t0 = items[0].t
    if t0 == 99:
        # dicts with the same symbol keys make a table
        k0 = items[0].k
        if k0.t == 11:
            from .match import match
            if all(x.t == 99 and match(x.k, k0) for x in items):
                cols = [from_items([item(x.v, j) for x in items]) for j in range(len(k0.v))]
                return Table(k0, cols)
        return List(list(items))
    if t0 < 0:
        for x in items:
            if x.t != t0:
                return List(list(items))
        if t0 == -20:
            from .enums import from_atoms
            return from_atoms(items)
        t = -t0
        if t == 11:
            a = np.empty(n, dtype=object)
            a[:] = [x.v for x in items]
            return Vec(11, a)
        return Vec(t, np.array([x.v for x in items], dtype=DTYPE[t]))
    return List(list(items))


def count(x) -> int:
    t = x.t
    if t < 0 or t >= 100:
        return 1
    if t == 99:
        return count(x.k)
    if t == 98:
        return count(x.v[0]) if x.v else 0
    return len(x.v)


def item(x, i: int):
    """Item i of a list-like value (no bounds check beyond Python's)."""
    t = x.t
    if 0 < t < 20:
        return Atom(-t, x.v[i])
    if t == 0:
        return x.v[i]
    if t == 98:
        return Dict(x.k, from_items([item(c, i) for c in x.v]))
    if t == 99:
        return item(x.v, i)
    if t == 20:
        from .enums import item as enum_item
        return enum_item(x, i)
    raise QError("type")


def items(x):
    """Python list of the items of a list (atoms give [x])."""
    t = x.t
    if t == 0:
        return x.v
    if 0 < t < 20:
        check_alloc(len(x.v), 96)
        return [Atom(-t, e) for e in x.v]
    if t == 98:
        return [item(x, i) for i in range(count(x))]
    if t == 99:
        return items(x.v)
    if t == 20:
        from .enums import item as enum_item
        return [enum_item(x, i) for i in range(len(x.v))]
    return [x]


def enlist(x):
    if x.t == -20:
        from .enums import Enum
        return Enum(x.dom, np.array([x.i], dtype=np.int64))
    if x.t < 0:
        t = -x.t
        if t == 11:
            a = np.empty(1, dtype=object)
            a[0] = x.v
            return Vec(11, a)
        return Vec(t, np.array([x.v], dtype=DTYPE[t]))
    if x.t == 99 and x.k.t == 11:
        # enlist of a dict with symbol keys is a one-row table
        return Table(x.k, [enlist(v) for v in items(x.v)])
    return List([x])


def is_atom(x):
    return x.t < 0 or x.t >= 100


def is_func(x):
    return x.t >= 100


def null_of_list(x):
    """The prototype null for an item of list x (for out-of-range indexing)."""
    t = x.t
    if 0 < t < 20:
        return null_atom(t)
    if t == 0:
        if x.v:
            return prototype(x.v[0])
        return List([])
    if t == 98:
        return Dict(x.k, from_items([null_of_list(c) for c in x.v]))
    if t == 99:
        return null_of_list(x.v)
    raise QError("type")


def prototype(x):
    """Null of the same shape as x (used when indexing a general list out of range)."""
    t = x.t
    if t < 0:
        return null_atom(-t)
    if 0 < t < 20:
        return Vec(t, np.empty(0, dtype=DTYPE[t]))
    if t == 0:
        return List([])
    if t == 99:
        return Dict(x.k, prototype(x.v))
    return List([])


def squash(x):
    """A general list whose items are atoms of one type, as a vector (q does this in `,` `@` etc.)."""
    if x.t == 0:
        return from_items(x.v)
    return x
