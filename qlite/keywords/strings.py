"""String keywords and casts: string lower upper trim ltrim rtrim ss ssr like vs sv, Cast `t$x`,
Tok `"J"$"42"` and Pad `5$"ab"` (ref/cast, ref/tok, ref/pad).
"""
from __future__ import annotations

import math
import re

import numpy as np

from ..errors import QError
from .. import values as qv
from ..values import Atom, Vec, List, Dict, Table, DTYPE
from ..verbs import atomic1, conv
from .. import temporal as tm


def _text(x):
    if x.t == 10 or x.t == -10 or x.t == -11:
        return qv.pystr(x)
    raise QError("type")


def string(x):
    """string (ref/string): text of each atom, as a char vector; a string gives a list of 1-char strings."""
    from ..format import atom_text
    t = x.t
    if t < 0:
        if t == -10:
            return qv.enlist(x)
        return qv.string(atom_text(x, for_string=True))
    if 0 < t < 20:
        return List([string(Atom(-t, v)) for v in x.v])
    if t == 0:
        return List([string(e) for e in x.v])
    if t == 99:
        return Dict(x.k, string(x.v))
    if t == 98:
        return Table(x.k, [string(c) for c in x.v])
    if t >= 100:
        from ..format import fmt_fn
        return qv.string(fmt_fn(x))
    raise QError("type")


def _charmap(fn):
    def f(x):
        t = x.t
        if t == 10:
            return Vec(10, fn(x.v))
        if t == -10:
            return Atom(-10, np.uint8(fn(np.array([x.v], dtype=np.uint8))[0]))
        if t == -11:
            return Atom(-11, _symmap(fn, x.v))
        if t == 11:
            a = np.empty(len(x.v), dtype=object)
            a[:] = [_symmap(fn, s) for s in x.v]
            return Vec(11, a)
        if t == 0:
            return qv.from_items([f(e) for e in x.v])
        if t == 99:
            return Dict(x.k, f(x.v))
        raise QError("type")
    return f


def _symmap(fn, s):
    b = np.frombuffer(s.encode("utf-8"), dtype=np.uint8)
    return fn(b).tobytes().decode("utf-8", "surrogateescape")


def _lower(v):
    v = v.copy()
    m = (v >= 65) & (v <= 90)
    v[m] += 32
    return v


def _upper(v):
    v = v.copy()
    m = (v >= 97) & (v <= 122)
    v[m] -= 32
    return v


lower = _charmap(_lower)
upper = _charmap(_upper)


def _trimmer(left, right):
    def f(x):
        t = x.t
        if t == 10:
            v = x.v
            nz = np.flatnonzero(v != 32)
            if len(nz) == 0:
                return Vec(10, v[:0])
            a = nz[0] if left else 0
            b = nz[-1] + 1 if right else len(v)
            return Vec(10, v[a:b])
        if t < 0 and t != -11:
            return x
        if 0 < t < 20 and t != 11:
            m = np.flatnonzero(~np.asarray(qv.isnull_arr(t, x.v), dtype=bool))
            if len(m) == 0:
                return Vec(t, x.v[:0])
            a = m[0] if left else 0
            b = m[-1] + 1 if right else len(x.v)
            return Vec(t, x.v[a:b])
        if t == 0:
            return qv.from_items([f(e) for e in x.v]) if x.v else x
        if t == -11:
            s = x.v
            return Atom(-11, s.lstrip(" ") if left and not right else s.rstrip(" ") if right and not left else s.strip(" "))
        if t == 99:
            return Dict(x.k, f(x.v))
        if t == 98:
            # cell by cell (q's trims run on each item of a non-string): atoms other than symbols stay
            return Table(x.k, [qv.from_items([f(e) for e in qv.items(c)]) if c.t in (0, 11) and qv.count(c) else c
                               for c in x.v])
        raise QError("type")
    return f


trim = _trimmer(True, True)
ltrim = _trimmer(True, False)
rtrim = _trimmer(False, True)


def _pattern_regex(p: str, anchored: bool):
    """q pattern (like/ss): * any run, ? any char, [..] a class, [^..] negated."""
    out = []
    i = 0
    while i < len(p):
        c = p[i]
        if c == "*":
            out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[":
            j = p.find("]", i + 2 if p[i + 1:i + 2] in ("]", "^") else i + 1)
            if p[i + 1:i + 3] == "^]":
                j = p.find("]", i + 3)
            if j < 0:
                out.append(re.escape(c))
            else:
                body = p[i + 1:j]
                neg = body.startswith("^")
                if neg:
                    body = body[1:]
                out.append("[" + ("^" if neg else "") + "".join(re.escape(ch) if ch != "-" else "-" for ch in body) + "]")
                i = j
        else:
            out.append(re.escape(c))
        i += 1
    return re.compile("".join(out), re.S)


def like(x, y):
    """like (ref/like): does the string/symbol match pattern y."""
    if y.t == -11:
        raise QError("nyi")     # ref/like shows string patterns only
    p = _text(y)
    bare = re.sub(r"\[[^\]]*\]", "?", p)     # a class is one character: "*[0-9]*" is "*the*"'s shape
    stars = bare.count("*")
    if "**" in bare or stars > 2 or stars == 2 and not (bare[0] == "*" and bare[-1] == "*"):
        raise QError("nyi")     # kdb+: "*the*the" is nyi, "*the*" and "br*wn" work (basics/regex)
    pat = _pattern_regex(_text(y), True)

    def one(s):
        return pat.fullmatch(s) is not None
    t = x.t
    if t == 10 or t == -10 or t == -11:
        return Atom(-1, np.bool_(one(qv.pystr(x))))
    if t == 11:
        return Vec(1, np.array([one(s) for s in x.v], dtype=bool))
    if t == 0:
        if not all(e.t == 10 for e in x.v):
            raise QError("type")
        return Vec(1, np.array([one(qv.pystr(e)) for e in x.v], dtype=bool))
    if t == 99:
        return Dict(x.k, like(x.v, y))
    raise QError("type")


def ss(x, y):
    """ss (ref/ss): positions of pattern y in string x (non-overlapping)."""
    if x.t == -11 or y.t == -11:
        raise QError("nyi")     # ref/ss shows strings only
    s = _text(x)
    p = _text(y)
    if not p or "*" in re.sub(r"\[[^\]]*\]", "", p):
        raise QError("length")      # s ss "" and s ss "t*e" are 'length (basics/regex)
    if "*" in p:
        raise QError("nyi")
    pat = _pattern_regex(p, False) if any(c in p for c in "?[") else None
    out = []
    if pat is None:
        i = s.find(p)
        while i >= 0:
            out.append(i)
            i = s.find(p, i + len(p))
    else:
        i = 0
        while i <= len(s):
            m = pat.search(s, i)
            if not m:
                break
            out.append(m.start())
            i = m.start() + max(1, len(m.group(0)))
    return Vec(7, np.array(out, dtype=np.int64))


def ssr(x, y, z):
    """ssr (ref/ss): replace pattern y in x by string z (or z applied to each match)."""
    if x.t != 10:
        raise QError("type")
    s = _text(x)
    p = _text(y)
    if "*" in p:
        raise QError("nyi")
    if any(c in p for c in "?["):
        pat = _pattern_regex(p, False)
    else:
        if not p:
            raise QError("nyi")
        pat = re.compile(re.escape(p))
    if z.t >= 100:
        from ..funcs import apply1

        def rep(m):
            return _text(apply1(z, qv.string(m.group(0))))
    else:
        zt = _text(z)

        def rep(m):
            return zt
    return qv.string(pat.sub(rep, s))


def vs(x, y):
    """vs (ref/vs): split string y on x; base/bit decomposition of integers."""
    tx, ty = x.t, y.t
    if ty == 4 and (tx in (10, -10) or tx == -11 and x.v == ""):
        y, ty = Vec(10, y.v.view(np.uint8).copy()), 10          # bytes split as text (ref/vs)
    if tx == -11 and x.v == "" and ty == 10:
        text = qv.pystr(y)
        if text.endswith("\n"):
            raise QError("nyi")
        return List([qv.string(ln[:-1] if ln.endswith("\r") else ln) for ln in text.split("\n")])
    if tx in (10, -10) and ty in (10, -10):
        sep = qv.pystr(x)
        s = qv.pystr(y)
        if not sep:
            raise QError("nyi")
        return List([qv.string(part) for part in s.split(sep)])
    if tx == -11 and x.v == "" and ty == -11:
        if y.v.startswith(":"):
            d, _, f = y.v.rpartition("/")
            return qv.syms([d, f])
        parts = y.v.split(".")
        return qv.syms(parts)
    if tx == -11 and x.v == "" and ty in (10,):
        raise QError("nyi")
    if tx in (-7, -6, -5) and ty in (-7, -6, -5, 7, 6, 5):
        b = int(x.v)
        if ty < 0:
            n = int(y.v)
            if n < 0:
                raise QError("nyi")
            digits = []
            while n > 0:
                n, r = divmod(n, b)
                digits.append(r)
            return Vec(7 if ty == -7 else -ty, np.array(digits[::-1] or [] , dtype=DTYPE[-ty]))
    if tx in (7, 6, 5) and ty in (-7, -6, -5):
        radices = [int(r) for r in x.v]
        n = int(y.v)
        out = []
        for r in reversed(radices):
            n, d = divmod(n, r)
            out.append(d)
        return Vec(tx, np.array(out[::-1], dtype=DTYPE[tx]))
    if tx == -4 and int(x.v) == 0 and ty in (-4, -5, -6, -7, -8, -9):
        # 0x0 vs x: the bytes of x, most significant first (ref/vs)
        be = {-4: ">u1", -5: ">i2", -6: ">i4", -7: ">i8", -8: ">f4", -9: ">f8"}[ty]
        return Vec(4, np.frombuffer(np.array([y.v]).astype(be).tobytes(), dtype=np.uint8).copy())
    if tx in (-7, -6, -5) and ty in (7, 6, 5):
        # base-x digits of each item: one row per digit position (ref/vs)
        b = int(x.v)
        vals = [int(v) for v in y.v]
        if any(v < 0 for v in vals):
            raise QError("nyi")
        width = max((len(_digits(v, b)) for v in vals), default=0)
        cols = [[0] * (width - len(d)) + d for d in (_digits(v, b) for v in vals)]
        return List([Vec(ty, np.array([c[i] for c in cols], dtype=DTYPE[ty])) for i in range(width)])
    if tx == -1 and not bool(x.v) and ty == -2:
        return Vec(1, np.unpackbits(np.frombuffer(bytes(y.v), dtype=np.uint8)).astype(bool))   # a guid's 128 bits
    if tx == -1 and ty in (-7, -6, -5, -4):
        bits = {-7: 64, -6: 32, -5: 16, -4: 8}[ty]
        n = int(y.v) & ((1 << bits) - 1)
        return Vec(1, np.array([(n >> (bits - 1 - i)) & 1 for i in range(bits)], dtype=bool))
    if (tx == 4 or tx == -4 and int(x.v) != 0) and ty == 4:
        # 0x02 vs 0x0102010201 splits bytes at a byte (or bytes) separator, like a string (ref/vs)
        parts = y.v.tobytes().split(x.v.tobytes() if tx == 4 else bytes([int(x.v)]))
        if tx == 4 and not len(x.v):
            raise QError("nyi")
        return List([Vec(4, np.frombuffer(p, dtype=np.uint8).copy()) for p in parts])
    if tx in (-7, -6, -5) and ty == 0 and y.v and all(e.t in (-7, -6, -5, 7, 6, 5) for e in y.v):
        # 10 vs(1995;1996 1997): each digit row keeps the shape of y (ref/vs)
        per = [vs(x, e) for e in y.v]
        rows = {len(r) if r.t == 0 else len(r.v) for r in per}
        if len(rows) != 1:
            raise QError("nyi")
        return List([List([qv.item(r, i) for r in per]) for i in range(rows.pop())])
    if tx == -4 and ty == -7 and int(x.v) == 64 and int(y.v) >= 0:
        # 0x40 vs 2 is 0x00000000000000000002: as many base-64 digits as fit in a long's 64 bits, as
        # 0x0 (base 256) vs 2413 gives 8 bytes (basics/exposed-infrastructure, ref/vs); other bases are
        # not shown on the pages
        b = int(x.v)
        width = 64 // (b.bit_length() - 1)
        n = int(y.v)
        if n >= b ** width:
            raise QError("nyi")
        return Vec(4, np.array([(n // b ** (width - 1 - i)) % b for i in range(width)], dtype=np.uint8))
    if tx in (-4, 4):
        raise QError("nyi")         # other byte bases of integers: not implemented
    raise QError("type")


def _digits(n, b):
    out = []
    while n > 0:
        n, r = divmod(n, b)
        out.append(r)
    return out[::-1] or [0]


def sv(x, y):
    """sv (ref/sv): join strings with separator x; evaluate digits in base x; join symbols with dots."""
    tx, ty = x.t, y.t
    if tx in (10, -10):
        if ty != 0 and ty != 11:
            if ty == 10:
                raise QError("type")
            raise QError("type")
        sep = qv.pystr(x)
        parts = [qv.pystr(e) if e.t in (10, -10) else (_ for _ in ()).throw(QError("type")) for e in qv.items(y)]
        return qv.string(sep.join(parts))
    if tx == -11 and x.v == "" and ty == 0 and all(e.t in (10, -10) for e in y.v):
        return qv.string("".join(qv.pystr(e) + "\n" for e in y.v))
    if tx == -4 and int(x.v) == 0 and ty == 4:
        # 0x0 sv bytes: a short, int or long from 2, 4 or 8 bytes (ref/sv)
        be = {2: (">i2", 5), 4: (">i4", 6), 8: (">i8", 7)}.get(len(y.v))
        if be is None:
            raise QError("length")
        v = np.frombuffer(y.v.tobytes(), dtype=be[0])[0]
        return Atom(-be[1], DTYPE[be[1]](v))
    if (tx == 4 or tx == -4 and int(x.v) != 0) and ty == 0 and all(e.t == 4 for e in y.v):
        # 0x02 sv (0x01;0x01): join byte vectors with a byte (or bytes) separator (ref/sv)
        sep = x.v.tobytes() if tx == 4 else bytes([int(x.v)])
        return Vec(4, np.frombuffer(sep.join(e.v.tobytes() for e in y.v), dtype=np.uint8).copy())
    if tx == -11 and x.v == "" and ty == 11:
        if len(y.v) and y.v[0].startswith(":"):
            return Atom(-11, "/".join(y.v))
        return Atom(-11, ".".join(y.v))
    if tx in (-7, -6, -5) and ty in (7, 6, 5, 1):
        b = int(x.v)
        n = 0
        for d in y.v.tolist():
            n = n * b + int(d)
        return Atom(-7, np.int64(n))
    if tx in (7, 6, 5) and ty in (7, 6, 5):
        n = 0
        for r, d in zip(x.v.tolist(), y.v.tolist()):
            n = n * r + d
        return Atom(-7, np.int64(n))
    if tx == -1 and not bool(x.v) and ty == 1 and len(y.v) == 128:
        return qv.atom(2, np.packbits(y.v).tobytes())       # 0b sv 128 bits: a guid (ref/sv)
    if tx == -1 and not bool(x.v) and ty == 1 and len(y.v) in (8, 16, 32, 64):
        # 0b sv bits: a byte, short, int or long from 8, 16, 32 or 64 bits, most significant first (ref/sv)
        t = {8: 4, 16: 5, 32: 6, 64: 7}[len(y.v)]
        n = 0
        for b in y.v.tolist():
            n = n * 2 + int(b)
        if t != 4 and n >= 1 << (len(y.v) - 1):
            n -= 1 << len(y.v)
        return Atom(-t, DTYPE[t](n))
    if tx == -1 or ty == 1 and tx == -1:
        raise QError("nyi")
    raise QError("type")


# ---- cast / tok / pad -----------------------------------------------------------------------------

_NAMES = dict(qv.NAME_TYPE)
_NAMES.update({"bool": 1})
_PARTS = {"year", "mm", "dd", "hh", "uu", "ss", "month", "week", "minute", "second", "date", "time", "month"}


def cast_target(x):
    """Target of a cast from its left operand: (type number, is_tok)."""
    t = x.t
    if t == -11:
        if x.v in _NAMES:
            return _NAMES[x.v], False
        if x.v == "":
            return 11, False
        raise QError("nyi")
    if t == -10:
        c = chr(int(x.v))
        if c == "*":
            raise QError("nyi")
        if c.isupper():
            tt = qv.CHAR_TYPE.get(c.lower())
            if tt is None:
                raise QError("nyi")
            return tt, True
        tt = qv.CHAR_TYPE.get(c)
        if tt is None:
            raise QError("nyi")
        return tt, False
    if t in (-5, -6, -7):
        n = int(x.v)
        if n in qv.TYPE_CHAR:
            return n, False
        if -n in qv.TYPE_CHAR:
            return -n, True
        raise QError("nyi")
    raise QError("type")


def cast(x, y):
    """Cast/Tok/Pad (ref/cast, ref/tok, ref/pad) dispatch for `$`."""
    tx = x.t
    if tx == -10 and int(x.v) == 42 or tx == -5 and int(x.v) == 0:
        if y.t in (10, -10):
            raise QError("nyi")     # "*"$ and 0h$ of a string: the pages disagree
        return y                    # ("*";0h)$1 is 1 1: identity (ref/cast)
    if y.t == 99:
        return Dict(y.k, cast(x, y.v))
    if y.t == 98:
        return Table(y.k, [cast(x, c) for c in y.v])
    if tx in (-7, -6):
        # an int/long on the left pads (a short is a type number)
        n = int(x.v)
        if y.t in (10, -10):
            return pad(n, y)
        if y.t == 0:
            return List([cast(x, e) for e in y.v])
        raise QError("type")
    if (tx in (8, 9) or tx == 0 and x.v and all(e.t in (8, 9) for e in x.v)) and \
            (y.t in (8, 9) or y.t == 0 and y.v and all(e.t in (8, 9) for e in y.v)):
        return mmu(x, y)
    if tx in (10, 11, 0, 5) and tx != 10:
        # one target per item
        ts = qv.items(x)
        ys = qv.items(y) if y.t >= 0 else [y] * len(ts)
        if y.t >= 0 and len(ys) != len(ts):
            raise QError("length")
        return qv.from_items([cast(a, b) for a, b in zip(ts, ys)])
    if tx == 10:
        ts = qv.items(x)
        ys = qv.items(y) if y.t >= 0 else [y] * len(ts)
        return qv.from_items([cast(a, b) for a, b in zip(ts, ys)])
    if tx == -11 and x.v in ("year", "mm", "dd", "hh", "uu", "ss"):
        return _part(x.v, y)
    if tx in (9, 8, 0) and y.t in (9, 8, 0) and tx != 0 or (tx == 0 and y.t in (0, 9, 8) and x.v and all(e.t in (8, 9) for e in x.v)):
        return mmu(x, y)
    t, is_tok = cast_target(x)
    if is_tok:
        return tok(t, y)
    return cast_to(t, y)


def _part(name, y):
    t = abs(y.t)
    if y.t >= 0 and not 0 < y.t < 20:
        raise QError("type")
    v = np.atleast_1d(y.v).astype(np.int64)
    if name == "mm" and t in (17, 18, 19):
        name = "uu"     # of a time `mm is its minute: (time.hh; time.mm; time.ss) is 9 10 52 (kb/programming-idioms)
    if name in ("year", "mm") and t == 13:
        # a month's year and month number (ref/cast: month has year, month, mm)
        if (v == qv.NULL_INT[13]).any() or (np.abs(v) == qv.INF_INT[13]).any():
            raise QError("nyi")         # null or infinite months: not shown in the reference
        r = (2000 + np.floor_divide(v, 12) if name == "year" else np.mod(v, 12) + 1).tolist()
    elif name in ("year", "mm", "dd"):
        if t == 14:
            days = v
        elif t == 12:
            days = np.floor_divide(v, tm.NS_DAY)
        else:
            raise QError("nyi")
        dates = [tm.ymd_from_days(d) for d in days]
        r = [d.year if name == "year" else d.month if name == "mm" else d.day for d in dates]
    else:
        if t == 12:
            ns = np.mod(v, tm.NS_DAY)
        elif t == 16:
            ns = v
        elif t == 19:
            ns = v * 1_000_000
        elif t == 18:
            ns = v * 1_000_000_000
        elif t == 17:
            ns = v * 60_000_000_000
        else:
            raise QError("nyi")
        secs = ns // 1_000_000_000
        r = (secs // 3600 if name == "hh" else (secs // 60) % 60 if name == "uu" else secs % 60).tolist()
    if y.t < 0:
        return Atom(-6, np.int32(r[0]))
    return Vec(6, np.array(r, dtype=np.int32))


_NUMT = (1, 4, 5, 6, 7, 8, 9)
_UNIT_NS = {16: 1, 19: 1_000_000, 18: 1_000_000_000, 17: 60_000_000_000}


def cast_to(t, y):
    """`type$y for one target type (atomic over general lists)."""
    ty = y.t
    if ty == 0:
        return qv.from_items([cast_to(t, e) for e in y.v])
    if ty == 99:
        return Dict(y.k, cast_to(t, y.v))
    if ty == 98:
        return Table(y.k, [cast_to(t, c) for c in y.v])
    if not (-20 < ty < 20) or ty == 0:
        raise QError("type")
    s = abs(ty)
    atom = ty < 0
    v = np.atleast_1d(y.v)
    if s == t:
        return y
    if t == 2 or s == 2:
        raise QError("nyi")             # casts to and from guids other than "G"$ text are not done
    if t == 11:
        if s == 10:
            # `$ trims leading and trailing blanks
            return Atom(-11, qv.pystr(y).strip(" ")) if not atom else Atom(-11, chr(int(y.v)).strip(" "))
        if s == 11:
            return y
        raise QError("nyi")
    if s == 11:
        raise QError("type")
    if t == 10:
        if s in (5, 6, 7, 4, 1):
            r = v.astype(np.int64) % 256
            r = r.astype(np.uint8)
        else:
            raise QError("type") if s in (8, 9) else QError("nyi")
        return Atom(-10, r[0]) if atom else Vec(10, r)
    if s == 10:
        if t in (5, 6, 7, 4, 8, 9, 1):
            r = v.astype(DTYPE[t]) if t != 1 else v != 0
            return Atom(-t, DTYPE[t](r[0])) if atom else Vec(t, np.asarray(r, dtype=DTYPE[t]))
        raise QError("nyi")
    if t in _NUMT and s in _NUMT:
        if t in (8, 9):
            r = conv(Vec(s, v), t)
        elif t == 1:
            r = v != 0
        elif s in (8, 9):
            nan = np.isnan(v)
            inf = np.isinf(v)
            with np.errstate(all="ignore"):
                r = np.floor(np.where(nan | inf, 0, v) + 0.5)
            if t == 4:
                r = (r.astype(np.int64) % 256).astype(np.uint8)
            else:
                r = r.astype(np.int64)
                if t != 7:
                    lo, hi = -qv.INF_INT[t], qv.INF_INT[t]
                    r = np.where((r < lo) | (r > hi), qv.NULL_INT[t], r)
                r = np.where(nan, qv.NULL_INT[t], r)
                r = np.where(inf, np.where(v > 0, qv.INF_INT[t], -qv.INF_INT[t]), r)
                r = r.astype(DTYPE[t])
        else:
            # integer to integer: nulls and infinities map to the target's
            if t == 4:
                r = (v.astype(np.int64) % 256).astype(np.uint8)
            elif s in qv.NULL_INT and t in qv.NULL_INT:
                w = v.astype(np.int64)
                out = w.astype(DTYPE[t])
                if qv.INF_INT[s] < qv.INF_INT[t]:
                    out = np.where(w == qv.NULL_INT[s], qv.NULL_INT[t], out)
                    out = np.where(w == qv.INF_INT[s], qv.INF_INT[t], out)
                    out = np.where(w == -qv.INF_INT[s], -qv.INF_INT[t], out)
                r = np.asarray(out, dtype=DTYPE[t])
            else:
                r = v.astype(DTYPE[t])
        r = np.asarray(r, dtype=DTYPE[t])
        return Atom(-t, r[0]) if atom else Vec(t, r)
    # temporal
    if t in qv.TEMPORAL or s in qv.TEMPORAL:
        r = _cast_temporal(t, s, v)
        r = np.asarray(r, dtype=DTYPE[t])
        return Atom(-t, r[0]) if atom else Vec(t, r)
    raise QError("type")


def _cast_temporal(t, s, v):
    null = qv.isnull_arr(s, v)
    if s in (5, 6, 7) and t in qv.TEMPORAL:
        out = v.astype(DTYPE[t])
        if t in qv.NULL_INT:
            out = np.where(null, qv.NULL_INT[t], out).astype(DTYPE[t])
        return out
    if t in (5, 6, 7) and s in qv.TEMPORAL and s != 15:
        out = v.astype(np.int64)
        out = np.where(null, qv.NULL_INT[t], out)
        return out.astype(DTYPE[t])
    if t in (8, 9) and s in qv.TEMPORAL:
        return np.where(null, np.nan, v.astype(np.float64))
    if t == 14 and s == 12:
        return np.where(null, qv.NULL_INT[14], np.floor_divide(v, tm.NS_DAY)).astype(np.int32)
    if t == 12 and s == 14:
        # dates beyond the timestamp range saturate to -0Wp / 0Wp (basics/datatypes)
        d = v.astype(np.int64)
        lim = qv.INF_INT[12] // tm.NS_DAY
        r = np.where(d > lim, qv.INF_INT[12], np.where(d < -lim, -qv.INF_INT[12], np.clip(d, -lim, lim) * tm.NS_DAY))
        inf = v == qv.INF_INT[14]
        ninf = v == -qv.INF_INT[14]
        r = np.where(inf, qv.INF_INT[12], np.where(ninf, -qv.INF_INT[12], r))
        return np.where(null, qv.NULL_INT[12], r)
    if t == 14 and s == 15:
        return np.where(np.isnan(v), qv.NULL_INT[14], np.floor(np.nan_to_num(v))).astype(np.int32)
    if t == 15 and s == 14:
        if np.isin(v, [qv.INF_INT[14], -qv.INF_INT[14]]).any():
            raise QError("nyi")         # infinite dates as datetimes: not shown in the reference
        return np.where(null, np.nan, v.astype(np.float64))     # days since 2000.01.01
    if t == 13 and s == 14:
        out = []
        for d in v.tolist():
            if d == qv.NULL_INT[14]:
                out.append(qv.NULL_INT[13])
            else:
                dd = tm.ymd_from_days(d)
                out.append((dd.year - 2000) * 12 + dd.month - 1)
        return np.array(out, dtype=np.int32)
    if t == 13 and s == 12:
        # the month of a timestamp's date (ref/cast: timestamp has month)
        if (np.abs(v) == qv.INF_INT[12]).any():
            raise QError("nyi")         # infinite timestamps as months: not shown in the reference
        null = v == qv.NULL_INT[12]
        return cast_to(13, Vec(14, np.where(null, qv.NULL_INT[14], np.floor_divide(v, tm.NS_DAY)).astype(np.int32))).v
    if t == 14 and s == 13:
        out = []
        for m in v.tolist():
            if m == qv.NULL_INT[13]:
                out.append(qv.NULL_INT[14])
            else:
                y, mo = divmod(m, 12)
                out.append(tm.days_from_ymd(2000 + y, mo + 1, 1))
        return np.array(out, dtype=np.int32)
    if t in _UNIT_NS and s in _UNIT_NS:
        ns = v.astype(np.int64) * _UNIT_NS[s]
        r = np.floor_divide(ns, _UNIT_NS[t])
        return np.where(null, qv.NULL_INT[t], r)
    if t in _UNIT_NS and s == 12:
        ns = np.mod(v, tm.NS_DAY)
        r = ns // _UNIT_NS[t] if t != 16 else v
        return np.where(null, qv.NULL_INT[t], r)
    raise QError("nyi")


def pad(n, y):
    s = qv.pystr(y) if y.t == 10 else chr(int(y.v))
    b = s.encode("utf-8")
    if n >= 0:
        r = (b + b" " * n)[:n]
    else:
        m = -n
        r = (b" " * m + b)[-m:] if len(b) < m else b[len(b) - m:]
    return qv.strbytes(r)


_TOK_INT = re.compile(r"\s*-?\d+\s*")


def _tok_guid(s):
    """"G"$ (ref/tok): a guid's 8-4-4-4-12 hex form, an IPv6 address, or an IPv4 address as ::ffff:a.b.c.d.
    Other text is 'nyi (what kdb+ makes of it is not documented)."""
    if not s:
        return qv.null_atom(2)
    if re.fullmatch(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", s):
        return qv.atom(2, bytes.fromhex(s.replace("-", "")))
    import ipaddress
    try:
        if ":" in s:
            return qv.atom(2, ipaddress.IPv6Address(s).packed)
        if re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", s):
            return qv.atom(2, bytes(10) + b"\xff\xff" + ipaddress.IPv4Address(s).packed)
    except ValueError:
        pass
    raise QError("nyi")


def tok(t, y):
    """Tok (ref/tok): parse text into type t; unparseable text gives null."""
    ty = y.t
    if ty == 0 or ty == 11:
        its = qv.items(y)
        r = [tok(t, e) for e in its]
        if not r:
            return qv.empty(t)
        return qv.from_items(r)
    if ty == 99:
        return Dict(y.k, tok(t, y.v))
    if ty not in (10, -10, -11):
        raise QError("type")
    s = qv.pystr(y)
    return _tok1(t, s)


def _tok1(t, s):
    st = s.strip()
    if t == 11:
        return Atom(-11, s)
    if t == 2:
        return _tok_guid(st)
    if t == 10:
        raise QError("nyi")
    if t == 4:
        if re.fullmatch(r"[0-9a-fA-F]{2}", s):     # "X"$"42" is 0x42 (ref/tok); other text is not settled here
            return Atom(-4, np.uint8(int(s, 16)))
        raise QError("nyi")
    if t in (5, 6, 7):
        if re.fullmatch(r"-?\d+", st):
            v = int(st)
            if abs(v) > qv.INF_INT[t]:
                return qv.null_atom(t)
            return qv.atom(t, v)
        if re.fullmatch(r"-?\d+\.\d*|-?\.\d+|-?\d+(\.\d*)?e[+-]?\d+", st):
            f = float(st)
            raise QError("nyi")   # how kdb+ rounds "J"$"12.5" is not settled here
        if st in ("0N", "0n"):
            return qv.null_atom(t)
        if st == "0W":
            return qv.atom(t, qv.INF_INT[t])
        if st == "-0W":
            return qv.atom(t, -qv.INF_INT[t])
        ip = re.fullmatch(r"(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})", st)
        if t == 6 and ip and all(int(g) < 256 for g in ip.groups()):   # "I"$ reads an IPv4 address
            v = int.from_bytes(bytes(int(g) for g in ip.groups()), "big")
            return qv.atom(t, v - (1 << 32) if v >= 1 << 31 else v)
        return qv.null_atom(t)
    if t in (8, 9):
        try:
            if st in ("0n", "0N", ""):
                return qv.null_atom(t)
            if st in ("0w", "0W"):
                return qv.atom(t, float("inf"))
            if st in ("-0w", "-0W"):
                return qv.atom(t, float("-inf"))
            if not re.fullmatch(r"-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?", st):
                return qv.null_atom(t)
            return qv.atom(t, float(st))
        except ValueError:
            return qv.null_atom(t)
    if t == 1:
        if st in ("1", "t", "T", "y", "Y", "x", "X", "true"):
            return Atom(-1, np.bool_(True))
        return Atom(-1, np.bool_(False))
    if t in qv.TEMPORAL:
        return tm.tok(t, st)     # temporal.py: the forms of ref/tok
    raise QError("nyi")


def _mat(x):
    if x.t in (8, 9):
        return x.v.astype(np.float64)
    if x.t == 0 and all(e.t in (8, 9) for e in x.v):
        n = {len(e.v) for e in x.v}
        if len(n) != 1:
            raise QError("length")
        return np.array([e.v for e in x.v], dtype=np.float64)
    raise QError("type")


def mmu(x, y):
    """mmu (ref/mmu), also x$y on floats: matrix/vector product."""
    a, b = _mat(x), _mat(y)
    if a.ndim == 1 and b.ndim == 1 and len(a) != len(b) or a.shape[-1] != b.shape[0]:
        raise QError("length")
    from .matrix import product
    r = product(a, b)
    if np.ndim(r) == 0:
        return Atom(-9, np.float64(r))
    if r.ndim == 1:
        return Vec(9, r)
    return List([Vec(9, row.copy()) for row in r])


def _file_forms(*args):
    """0: (ref/file-text: Load CSV, key-value pairs, files), 1: (ref/file-binary) and 2:
    (ref/dynamic-load) are 'nyi, whether on files or on strings in memory; Prepare Text is below."""
    raise QError("nyi")


def _text_cells(c, delim):
    """One column as Prepare Text writes it: the forms ref/file-text shows (symbols, integers, chars,
    strings quoted when they hold the delimiter or a line break, inner quotes doubled); others 'nyi."""
    if c.t == 11:
        out = [str(v) for v in c.v.tolist()]
        if any(delim in v or "\n" in v for v in out):
            raise QError("nyi")         # a symbol holding the delimiter: not shown
        return out
    if c.t in (5, 6, 7):
        if np.any(c.v == qv.NULL_INT[c.t]):
            raise QError("nyi")
        return [str(v) for v in c.v.tolist()]
    if c.t == 10:
        return [chr(v) for v in c.v.tolist()]
    if c.t == 0 and all(e.t in (10, -10) for e in c.v):
        out = []
        for e in c.v:
            text = bytes(np.atleast_1d(e.v).astype(np.uint8)).decode("latin-1")
            if delim in text or "\n" in text:
                text = '"' + text.replace('"', '""') + '"'
            out.append(text)
        return out
    raise QError("nyi")


def prepare_text(x, y):
    """Prepare Text (ref/file-text): delimiter 0: table gives a header line and a line per row
    (csv 0: ([]a:1 2 3;b:`x`y`z) is ("a,b";"1,x";"2,y";"3,z")); delimiter 0: list of columns gives the
    rows alone ("|" 0: (`a`b`c;1 2 3;"xyz") is ("a|1|x";"b|2|y";"c|3|z"))."""
    from .. import tables as T
    if x.t != -10:
        raise QError("nyi")
    delim = chr(int(x.v))
    if y.t == 98:
        if any(delim in n for n in T.col_names(y)):
            raise QError("nyi")
        header = [delim.join(T.col_names(y))]
        cols = list(y.v)
    elif y.t == 0 and y.v and all(0 < c.t < 20 or c.t == 0 for c in y.v):
        header = []
        cols = list(y.v)
        if len({qv.count(c) for c in cols}) != 1:
            raise QError("length")
    else:
        raise QError("nyi")
    cells = [_text_cells(c, delim) for c in cols]
    return List([qv.string(line) for line in header + [delim.join(r) for r in zip(*cells)]])


def _register_file_forms():
    from ..verbs import verb
    for name in ("0:", "1:", "2:"):
        verb(name, _file_forms, prepare_text if name == "0:" else _file_forms, infix=True)


_register_file_forms()
