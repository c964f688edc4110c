"""Pure .Q encoders of kdb+ (ref/dotq): .Q.btoa .Q.atob (base64), .Q.sha1, .Q.x10 .Q.j10 (ten base-64 digits),
.Q.dd (join with a dot) and .Q.id (a symbol made a valid name; of a symbol list or a table's columns,
repeats numbered). The others work on atoms and strings only.
"""
from __future__ import annotations

import base64
import re

import numpy as np

from ..errors import QError
from .. import values as qv
from ..values import Atom, Vec, Table
from ..verbs import verb

B6 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_Q_WORDS = set("""abs acos aj aj0 ajf ajf0 all and any asc asin asof atan attr avg avgs bin binr by ceiling cols cor cos
count cov cross csv cut delete deltas desc dev differ distinct div do dsave each ej ema enlist eval except exec
exit exp fby fills first fkeys flip floor from get getenv group gtime hclose hcount hdel hopen hsym iasc idesc if
ij ijf in insert inter inv key keys last like lj ljf load log lower lsq ltime ltrim mavg max maxs mcount md5 mdev
med meta min mins mmax mmin mmu mod msum neg next not null or over parse peach pj plist prd prds prev prior rand
rank ratios raze read0 read1 reciprocal reval reverse rload rotate rsave rtrim save scan scov sdev select set
setenv show signum sin sqrt ss ssr string sublist sum sums sv svar system tables tan til trim type uj ujf ungroup
union update upper upsert value var view views vs wavg where while within wj wj1 wsum xasc xbar xcol xcols xdesc
xexp xgroup xkey xlog xprev xrank""".split())


def _bytes(x) -> bytes:
    if x.t in (10, 4):
        return x.v.tobytes()
    if x.t in (-10, -4):
        return bytes([int(x.v)])
    raise QError("type")


def btoa(x):
    """.Q.btoa x: base64 text of a string or bytes: .Q.btoa"Hello World!" is "SGVsbG8gV29ybGQh"."""
    return qv.string(base64.b64encode(_bytes(x)).decode("ascii"))


def atob(x):
    """.Q.atob x: the bytes a base64 string encodes: 10h$.Q.atob"aGVsbG8=" is "hello"."""
    try:
        return Vec(4, np.frombuffer(base64.b64decode(_bytes(x), validate=True), dtype=np.uint8).copy())
    except ValueError:
        raise QError("domain") from None


def sha1(x):
    """.Q.sha1 x: the SHA-1 digest of a string as 20 bytes."""
    import hashlib     # imported here: it costs start time and few scripts hash
    return Vec(4, np.frombuffer(hashlib.sha1(_bytes(x)).digest(), dtype=np.uint8).copy())


def x10(x):
    """.Q.x10 x: a long as ten base-64 digits (.Q.b6): .Q.x10 12345 is "AAAAAAADA5"."""
    if x.t != -7:
        raise QError("type")
    n = int(x.v) & ((1 << 60) - 1)
    return qv.string("".join(B6[(n >> (6 * k)) & 63] for k in range(9, -1, -1)))


def j10(x):
    """.Q.j10 x: the long ten base-64 digits encode (inverse of .Q.x10)."""
    s = qv.pystr(x) if x.t == 10 else None
    if s is None or len(s) != 10 or any(c not in B6 for c in s):
        raise QError("type" if s is None else "domain")
    n = 0
    for c in s:
        n = n * 64 + B6.index(c)
    return Atom(-7, np.int64(n))


def dd(x, y):
    """.Q.dd[x;y] is ` sv x,`$string y: .Q.dd[`AAPL]"O" is `AAPL.O, .Q.dd[`:db;`t] is `:db/t."""
    def text(v):
        if v.t == -11:
            return str(v.v)
        if v.t in (10, -10):
            return qv.pystr(v) if v.t == 10 else chr(int(v.v))
        raise QError("nyi")
    parts = [str(e) for e in x.v] if x.t == 11 else [text(x)]
    if not parts:
        raise QError("nyi")
    return qv.sym(("/" if parts[0].startswith(":") else ".").join(parts + [text(y)]))


def id_(x):
    """.Q.id x: a symbol made a valid q name: other characters dropped, `a put before a leading digit
    or underscore (or for nothing left), `1 after a q keyword: .Q.id`$"+" is `a, .Q.id`$"count+" is `count1.
    A symbol list also gets its repeats numbered: .Q.id`$("aa";"=";"+") is `aa`a`a1."""
    if x.t == 11:
        names = [str(id_(qv.sym(str(s))).v) for s in x.v]
        seen: dict = {}
        out = []
        for n in names:
            k = seen.get(n, 0)
            seen[n] = k + 1
            out.append(n + str(k) if k else n)
        if len(set(out)) != len(out):
            raise QError("nyi")         # a numbered repeat meets another name: not documented
        return qv.syms(out)
    if x.t == 98:
        return Table(id_(x.k), x.v)     # a table's columns renamed so: cols .Q.id(`$("a+";"a*"))xcol t
    if x.t != -11:
        raise QError("nyi")
    s = re.sub(r"[^A-Za-z0-9_]", "", str(x.v))
    if not s or not s[0].isalpha():
        s = "a" + s
    if s in _Q_WORDS:
        s += "1"
    return qv.sym(s)


verb(".Q.btoa", btoa, None, t=100)
verb(".Q.atob", atob, None, t=100)
verb(".Q.sha1", sha1, None, t=100)
verb(".Q.x10", x10, None, t=100)
verb(".Q.j10", j10, None, t=100)
verb(".Q.dd", None, dd, t=100)
verb(".Q.id", id_, None, t=100)


def md5(x):
    """md5 x (ref/md5): the MD5 digest of a string as 16 bytes."""
    import hashlib
    return Vec(4, np.frombuffer(hashlib.md5(_bytes(x)).digest(), dtype=np.uint8).copy())


verb("md5", md5, None, t=101)
