"""kdb+'s internal functions -n!x (basics/internal) that qlite can do exactly: the IPC byte form of a value
(-8!, kb/serialization), its inverse (-9!), the compressed form (-18!, basics/ipc#compression), the
uncompressed length (-22!), SHA-1 (-33!), tokens (-4!) and the keyword aliases (-1! -2! -5! -6! -15!).

Messages are little-endian: 8 header bytes (0x01, message type 0, compressed flag, 0, total length as int)
and then the value: a type byte, for lists an attribute byte and an int count, then the data.
Enumerations of symbol lists are written as their symbols, as kdb+ sends them. What kdb+ would write but
whose bytes no reference shows (foreign keys, primitives, projections and the other function forms) is 'nyi.
"""
from __future__ import annotations

import re
import struct
import time

import numpy as np

from .errors import QError
from . import values as qv
from .values import Atom, Vec, List, Dict, Table, IDENTITY, DTYPE

_ATTR = {"": 0, "s": 1, "u": 2, "p": 3, "g": 4}
_ATTR_NAME = {v: k for k, v in _ATTR.items()}

# little-endian item layout of each simple type (a guid is its 16 bytes in the order it prints, as KX's
# c.java reads them); type 3 is absent: 'nyi
_LE = {1: "?", 2: "V16", 4: "u1", 5: "<i2", 6: "<i4", 7: "<i8", 8: "<f4", 9: "<f8", 10: "u1", 12: "<i8", 13: "<i4",
       14: "<i4", 15: "<f8", 16: "<i8", 17: "<i4", 18: "<i4", 19: "<i4"}
_FLOATS = (8, 9, 15)

# kdb+ compresses a message only above this many bytes, and only to under half its size (basics/ipc)
_COMPRESS_ABOVE = 2000


def _ip():
    from . import interpreter
    return interpreter.CURRENT


# ---- -8!x: value to bytes ------------------------------------------------------------------------

def _sym_bytes(s):
    b = s.encode("utf-8", "surrogateescape")
    if b"\0" in b:
        raise QError("nyi")      # kdb+ would cut the symbol at the NUL
    return b + b"\0"


def _simple_bytes(t, v):
    """The data of a simple vector or atom of type t (positive)."""
    if t == 11:
        return b"".join(_sym_bytes(s) for s in v)
    if t not in _LE:
        raise QError("nyi")
    a = np.asarray(v, dtype=DTYPE[t])
    qv.check_alloc(a.nbytes, 1)      # the message is a second copy of the data
    a = a.astype(_LE[t])
    if t in _FLOATS:
        nan = np.isnan(a)
        if nan.any():
            # kdb+'s float nulls are x86's default NaN: 0x0 vs 0n is 0xfff8000000000000, 0x0 vs 0Ne 0xffc00000
            bits = a.view("<u4" if t == 8 else "<u8").copy()
            bits[nan] = 0xffc00000 if t == 8 else 0xfff8000000000000
            return bits.tobytes()
    return a.tobytes()


def _lambda_bytes(f, out):
    ctx = f.ctx[1:] if f.ctx.startswith(".") else f.ctx
    if "." in ctx:
        raise QError("nyi")      # a nested context: no reference shows its bytes
    out.append(b"\x64" + _sym_bytes(ctx))
    _write(qv.string(f.src), out)


def _write(x, out):
    from .funcs import Lam
    t = x.t
    if t in (20, -20):
        x, t = _enum_values(x), -11 if t < 0 else 11
    if t < 0 and t > -20:
        out.append(struct.pack("<b", t) + (_sym_bytes(x.v) if t == -11 else _simple_bytes(-t, x.v)))
    elif 0 < t < 20:
        out.append(struct.pack("<bBi", t, _ATTR[x.attr], len(x.v)) + _simple_bytes(t, x.v))
    elif t == 0:
        out.append(struct.pack("<bBi", 0, _ATTR[x.attr], len(x.v)))
        for e in x.v:
            _write(e, out)
    elif t == 98:
        out.append(struct.pack("<bBb", 98, _ATTR[x.attr], 99))
        _write(x.k, out)
        _write(List(list(x.v)), out)
    elif t == 99:
        if x.attr not in ("", "s"):
            raise QError("nyi")
        out.append(b"\x7f" if x.attr == "s" else b"\x63")     # 127: a sorted dictionary
        _write(x.k, out)
        _write(x.v, out)
    elif isinstance(x, Lam):
        _lambda_bytes(x, out)
    elif x is IDENTITY:
        out.append(b"\x65\x00")
    else:
        raise QError("nyi")      # primitives, projections, compositions, iterators


def _enum_values(x):
    """"Enumerations are automatically converted to values before sending through IPC" (kb/serialization):
    an enumerated symbol list is written as its symbols. Foreign keys, link columns and enumerations with
    an attribute are 'nyi."""
    from .enums import over_table, plain
    if over_table(x) or getattr(x, "attr", ""):
        raise QError("nyi")
    v = plain(x)
    if abs(v.t) != 11:
        raise QError("nyi")
    return v


def _message(x):
    """-8!x as Python bytes."""
    out = [b""]
    _write(x, out)
    body = b"".join(out)
    n = 8 + len(body)
    if n >= 2 ** 31:
        raise QError("nyi")      # the longer header form of kdb+ 4 is not settled here
    return struct.pack("<BBBBi", 1, 0, 0, 0, n) + body


def _bytes_vec(b):
    qv.check_alloc(len(b), 1)
    return Vec(4, np.frombuffer(b, dtype=np.uint8).copy())


def to_bytes(x):
    """-8!x (basics/internal): the IPC byte representation of x: -8!1i is 0x010000000d000000fa01000000."""
    return _bytes_vec(_message(x))


def uncompressed_length(x):
    """-22!x (basics/internal): count -8!x, as a long."""
    return Atom(-7, np.int64(len(_message(x))))


# ---- -18!x: compression ----------------------------------------------------------------------------

def _deadline_check(k):
    """Budgets: a long compression loop still stops on the interpreter's time limit."""
    if k & 4095 == 0:
        ip = _ip()
        if ip is not None and ip.deadline is not None and time.monotonic() > ip.deadline:
            ip.budget_hit = True
            raise QError("stop")


def _compress(msg):
    """kdb+'s IPC compression of a whole message (header included).

    The stream after the header and the uncompressed length is groups of eight items, each group led by a
    flag byte (bit i set: item i is a back-reference). A literal item is one byte; a back-reference is two:
    a slot of a 256-entry table of earlier positions, keyed by the xor of two adjacent bytes, and the count
    of bytes matched beyond the first two (at most 255)."""
    n = len(msg)
    out = bytearray(msg[:4]) + bytearray(8)
    out[2] = 1
    out[8:12] = struct.pack("<i", n)
    last = [0] * 256            # xor of two adjacent bytes -> the latest position entered with it
    pos = 8                     # next input byte
    flag_at = None              # where the current group's flag byte goes
    flags = bit = key = ref = 0
    pending = None              # (key, position) of a literal, entered in `last` one step later
    k = 0
    while pos < n:
        k += 1
        _deadline_check(k)
        if bit == 0:
            if flag_at is not None:
                out[flag_at] = flags
            flag_at = len(out)
            out.append(0)
            flags = 0
            bit = 1
        literal = pos > n - 3
        if not literal:
            key = msg[pos] ^ msg[pos + 1]
            ref = last[key]
            literal = ref == 0 or msg[pos] != msg[ref]
        if pending is not None:
            last[pending[0]] = pending[1]
            pending = None
        if literal:
            pending = (key, pos)
            out.append(msg[pos])
            pos += 1
        else:
            last[key] = pos
            flags |= bit
            ref += 2
            pos += 2
            start = pos
            stop = min(pos + 255, n)
            while pos < stop and msg[ref] == msg[pos]:
                pos += 1
                ref += 1
            out.append(key)
            out.append(pos - start)
        bit = (bit << 1) & 0xff
    out[flag_at] = flags
    out[4:8] = struct.pack("<i", len(out))
    return bytes(out)


def _decompress(msg):
    """The message that _compress made msg from ('badmsg when msg is not such a stream)."""
    n = struct.unpack_from("<i", msg, 8)[0]
    if n < 8:
        raise QError("badmsg")
    qv.check_alloc(n, 1)
    out = bytearray(n)
    out[:8] = msg[:8]
    out[2] = 0
    out[4:8] = struct.pack("<i", n)
    last = [0] * 256
    src = 12
    pos = 8
    seen = 8                    # positions below this are entered in `last`
    bit = 0
    flags = 0
    k = 0
    while pos < n:
        k += 1
        _deadline_check(k)
        if bit == 0:
            flags = msg[src]
            src += 1
            bit = 1
        extra = 0
        if flags & bit:
            ref = last[msg[src]]
            extra = msg[src + 1]
            src += 2
            if pos + 2 + extra > n:
                raise QError("badmsg")
            for j in range(2 + extra):
                out[pos + j] = out[ref + j]
            pos += 2
        else:
            out[pos] = msg[src]
            src += 1
            pos += 1
        while seen < pos - 1:
            last[out[seen] ^ out[seen + 1]] = seen
            seen += 1
        if flags & bit:
            pos += extra
            seen = pos
        bit = (bit << 1) & 0xff
    return bytes(out)


def to_bytes_compressed(x):
    """-18!x (basics/internal): -8!x compressed when kdb+ would compress it: longer than 2000 bytes and
    compressing to under half its size; otherwise the bytes of -8!x. Near either limit it is 'nyi."""
    msg = _message(x)
    n = len(msg)
    if n <= _COMPRESS_ABOVE - 16:
        return _bytes_vec(msg)
    if n <= _COMPRESS_ABOVE + 16:
        raise QError("nyi")
    z = _compress(msg)
    half = n // 2
    if len(z) <= half - 64:
        return _bytes_vec(z)
    if len(z) >= half + 64:
        return _bytes_vec(msg)
    raise QError("nyi")


# ---- -9!x: bytes to value -------------------------------------------------------------------------

class _Reader:
    def __init__(self, b):
        self.b = b
        self.i = 0

    def take(self, n):
        if n < 0 or self.i + n > len(self.b):
            raise QError("badmsg")
        s = self.b[self.i:self.i + n]
        self.i += n
        return s

    def byte(self):
        return self.take(1)[0]

    def int(self):
        return struct.unpack("<i", self.take(4))[0]

    def sym(self):
        j = self.b.find(b"\0", self.i)
        if j < 0:
            raise QError("badmsg")
        s = self.b[self.i:j].decode("utf-8", "surrogateescape")
        self.i = j + 1
        return s

    def attr(self):
        a = self.byte()
        if a not in _ATTR_NAME:
            raise QError("nyi")
        return _ATTR_NAME[a]

    def value(self):
        t = struct.unpack("<b", self.take(1))[0]
        if -20 < t < 0:
            if t == -11:
                return Atom(-11, self.sym())
            if -t not in _LE:
                raise QError("nyi")
            w = np.dtype(_LE[-t]).itemsize
            return Atom(t, np.frombuffer(self.take(w), dtype=_LE[-t]).astype(DTYPE[-t])[0])
        if 0 <= t < 20:
            attr = self.attr()
            n = self.int()
            if n < 0 or n > len(self.b) - self.i:
                raise QError("badmsg")     # every item takes at least one byte
            if t == 0:
                return List([self.value() for _ in range(n)], attr)
            if t == 11:
                qv.check_alloc(n)
                a = np.empty(n, dtype=object)
                a[:] = [self.sym() for _ in range(n)]
                return Vec(11, a, attr)
            if t not in _LE:
                raise QError("nyi")
            w = np.dtype(_LE[t]).itemsize
            qv.check_alloc(n, w)
            return Vec(t, np.frombuffer(self.take(n * w), dtype=_LE[t]).astype(DTYPE[t]), attr)
        if t == 98:
            attr = self.attr()
            if self.byte() != 99:
                raise QError("badmsg")
            k, v = self.value(), self.value()
            if k.t != 11 or v.t != 0 or len(k.v) != len(v.v) or not v.v:
                raise QError("nyi")
            cols = v.v
            if any(c.t < 0 or c.t >= 98 for c in cols) or len({qv.count(c) for c in cols}) != 1:
                raise QError("nyi")
            return Table(k, list(cols), attr)
        if t == 99 or t == 127:
            k, v = self.value(), self.value()
            if k.t < 0 or v.t < 0 or qv.count(k) != qv.count(v):
                raise QError("nyi")
            return Dict(k, v, "s" if t == 127 else "")
        if t == 100:
            ctx = self.sym()
            src = self.value()
            if src.t != 10 or "." in ctx:
                raise QError("nyi")
            return _lambda(ctx, qv.pystr(src))
        if t == 101:
            if self.byte() == 0:
                return IDENTITY
            raise QError("nyi")
        raise QError("nyi")      # enumerations, errors (-128) and the other function forms


def _lambda(ctx, src):
    """A lambda from its text, compiled in its context as kdb+ does on receipt."""
    from .parser import parse, Lambda
    from .evaluator import Compiler
    stmts = parse(src)
    if len(stmts) != 1 or not isinstance(stmts[0], Lambda) or stmts[0].src != src:
        raise QError("nyi")
    return Compiler(_ip(), None, "." + ctx if ctx else "").c(stmts[0])(None)


def from_bytes(x):
    """-9!x (basics/internal): the value whose IPC bytes (as -8! or -18! writes them) x is;
    -9!-8!1 2 3 is 1 2 3. Bytes that are not such a message give 'badmsg."""
    if x.t != 4:
        raise QError("type")
    b = x.v.tobytes()
    if len(b) < 8 or b[0] not in (0, 1):
        raise QError("badmsg")
    if b[0] == 0 or b[1] > 2 or b[2] > 1 or b[3] != 0:
        raise QError("nyi")      # big-endian messages and other header forms
    n = struct.unpack_from("<i", b, 4)[0]
    if n > len(b) or n < 9:
        raise QError("badmsg")
    if n < len(b):
        raise QError("nyi")      # bytes after the message
    if b[2] == 1:
        if n < 13:
            raise QError("badmsg")
        try:
            b = _decompress(b)
        except IndexError:
            raise QError("badmsg") from None
    r = _Reader(b)
    r.i = 8
    v = r.value()
    if r.i != len(b):
        raise QError("nyi")      # a message longer than its value
    return v


# ---- the others ------------------------------------------------------------------------------------

_NAME = r"[A-Za-z](?:[A-Za-z0-9]|_(?=[A-Za-z0-9]))*"
_WORDS = re.compile(_NAME + "(?: " + _NAME + ")*")


def tokens(x):
    """-4!x (basics/internal): the tokens of q text, blanks included:
    -4!"a variable named aa_bb" is (,"a";," ";"variable";," ";"named";," ";"aa_bb").
    Only names separated by single blanks; other text is 'nyi."""
    if x.t != 10:
        raise QError("nyi")
    s = qv.pystr(x)
    if not _WORDS.fullmatch(s):
        raise QError("nyi")
    return List([qv.string(w) for w in re.split("( )", s)])


def sha1(x):
    """-33!x (basics/cmdline, basics/internal): the SHA-1 digest of a string as 20 bytes."""
    if x.t != 10:
        raise QError("nyi")
    import hashlib      # imported here: it costs start time and few scripts hash
    return _bytes_vec(hashlib.sha1(x.v.tobytes()).digest())


def _keyword(name):
    def f(x):
        from .verbs import VERBS
        return VERBS[name].monad(x)
    f.__name__ = name
    return f


# -n -> function of the right argument; every other -n!x stays 'nyi
INTERNAL = {
    -1: _keyword("hsym"),
    -2: _keyword("attr"),
    -4: tokens,
    -5: _keyword("parse"),
    -6: _keyword("eval"),
    -8: to_bytes,
    -9: from_bytes,
    -15: _keyword("md5"),
    -18: to_bytes_compressed,
    -22: uncompressed_length,
    -33: sha1,
}
