"""Tokenizer: q source text -> tokens (numbers, strings, symbols, names, glyph verbs, adverbs, punctuation).

Numeric literals separated by spaces become one vector token, as in q (`1 2 3`, `1 0N 3h`).
Which names are infix keywords is decided by the verb table (verbs.py), not here.
"""
from __future__ import annotations

import re

import numpy as np

from .errors import QError
from . import values as qv
from .temporal import parse_temporal

GLYPHS = set("+-*%!&|<>=~,^#_$?@.")
ADVERBS = ("':", "/:", "\\:", "'", "/", "\\")

# one numeric/temporal literal (without sign handling beyond a leading '-')
_NUM = re.compile(r"""
  -?(?:
     0x[0-9a-fA-F]*                                     # bytes
   | 0[NnWw][a-z]?                                      # nulls and infinities (0N 0Nh 0n 0W 0w 0Wp)
   | \d+(?:\.\d+){2}(?:[DT][\d:.]*)?[a-z]?               # date / timestamp / datetime
   | \d+\.\d+m                                          # month
   | \d+D(?:[\d:.]*)?[a-z]?                                # timespan with days
   | \d+:\d+(?::\d+(?:\.\d*)?)?[a-z]?                      # minute / second / time
   | (?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?[a-z]?             # int / float with optional suffix
  )""", re.X)

_NAME = re.compile(r"[a-zA-Z.][a-zA-Z0-9_.]*")
_SYM = re.compile(r"`(?::[a-zA-Z0-9_.:/]*|[a-zA-Z0-9_.][a-zA-Z0-9_.:/]*)?")

_ESC = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"'}


class Tok:
    __slots__ = ("k", "v", "pos", "ws")

    def __init__(self, k, v, pos, ws):
        self.k = k      # 'num' 'str' 'sym' 'name' 'op' 'adv' 'punct'
        self.v = v
        self.pos = pos
        self.ws = ws    # whitespace precedes this token

    def __repr__(self):
        return f"Tok({self.k},{self.v!r})"


_NOUN_END = set("])}\"`") | set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.")


def _num_type_and_value(text: str):
    """Parse one numeric literal -> (type, python value, explicit_suffix)."""
    neg = text.startswith("-")
    body = text[1:] if neg else text
    if body.startswith("0x"):
        hexd = body[2:]
        if neg:
            raise QError(text)
        return "bytes", hexd, True
    # nulls / infinities
    if len(body) >= 2 and body[0] == "0" and body[1] in "NnWw" and (len(body) == 2 or body[2:].isalpha()):
        suf = body[2:]
        kind = body[1]
        if kind == "n":
            t = qv.F if not suf else qv.CHAR_TYPE.get(suf)
            if suf and t not in (8, 9):
                raise QError(text)
            return t, float("nan"), bool(suf)
        if kind == "w":
            t = qv.F if not suf else qv.CHAR_TYPE.get(suf)
            if suf and t not in (8, 9):
                raise QError(text)
            return t, (-1.0 if neg else 1.0) * float("inf"), bool(suf)
        t = qv.J if not suf else qv.CHAR_TYPE.get(suf)
        if t is None or t in (1, 4, 10, 11):
            raise QError(text)
        if kind == "N":
            if t in (8, 9):
                return t, float("nan"), True
            if t == 15:
                return t, float("nan"), True
            if t == 2:
                if neg:
                    raise QError("nyi")
                return t, bytes(16), True          # 0Ng, the null guid
            return t, qv.NULL_INT[t], bool(suf)
        if t in (8, 9):
            return t, (-1.0 if neg else 1.0) * float("inf"), True
        if t == 15:
            return t, (-1.0 if neg else 1.0) * float("inf"), True
        if t == 2:
            raise QError("nyi")
        return t, -qv.INF_INT[t] if neg else qv.INF_INT[t], bool(suf)
    # temporal
    if ":" in body or "D" in body or "T" in body or body.count(".") >= 2 or body.endswith("m") and "." in body:
        t, v = parse_temporal(body)
        if neg:
            v = -v
        return t, v, True
    suf = ""
    if body[-1].isalpha():
        # 'e' is also the real suffix: 1e is real 1 (1e5, an exponent, was matched whole)
        suf = body[-1]
        body = body[:-1]
    if suf:
        t = qv.CHAR_TYPE.get(suf)
        if t is None:
            raise QError(text)
        if t == 1:
            raise QError(text)  # booleans handled by caller
        if t in (8, 9):
            return t, float(("-" if neg else "") + body), True
        if t in (5, 6, 7):
            if "." in body or "e" in body:
                raise QError(text)
            v = int(body) * (-1 if neg else 1)
            if not -qv.INF_INT[t] <= v <= qv.INF_INT[t]:
                raise QError(text)
            return t, v, True
        if t == 4:
            raise QError(text)
        if t in (12, 13, 14, 15, 16, 17, 18, 19):
            # e.g. 1D handled above; `2000.01m` above; plain int with temporal suffix
            v = int(body) * (-1 if neg else 1) if "." not in body else float(body) * (-1 if neg else 1)
            if t == 15:
                return t, float(v), True
            return t, int(v), True
        raise QError(text)
    if "." in body or "e" in body:
        return qv.F, float(("-" if neg else "") + body), False
    v = int(body) * (-1 if neg else 1)
    return qv.J, v, False


def _make_numeric(texts):
    """Build the q value of one or more juxtaposed numeric literals."""
    last = texts[-1]
    # boolean vectors: 101b
    if len(texts) == 1 and re.fullmatch(r"[01]+b", last):
        bits = [c == "1" for c in last[:-1]]
        if len(bits) == 1:
            return qv.Atom(-1, np.bool_(bits[0]))
        return qv.Vec(1, np.array(bits, dtype=bool))
    if len(texts) == 1 and last.startswith("0x"):
        h = last[2:]
        if len(h) <= 2:
            return qv.Atom(-4, np.uint8(int(h or "0", 16)))
        if len(h) % 2:
            h = "0" + h
        return qv.Vec(4, np.frombuffer(bytes.fromhex(h), dtype=np.uint8).copy())
    parsed = [_num_type_and_value(t) for t in texts]
    if len(parsed) == 1:
        t, v, _ = parsed[0]
        return qv.atom(t, v)
    # a suffix on the last literal types the whole vector
    lt, _, lexp = parsed[-1]
    if lexp:
        t = lt
    else:
        ts = {p[0] for p in parsed}
        if ts <= {qv.J, qv.F}:
            t = qv.F if qv.F in ts else qv.J
        elif len(ts) == 1:
            t = ts.pop()
        else:
            raise QError("nyi")
    vals = []
    for (pt, v, _), text in zip(parsed, texts):
        if t == 13 and pt == qv.F and re.fullmatch(r"-?\d+\.\d\d", text):
            # 2012.05 2012.06m: the month suffix types every item of the vector
            pt, v = 13, parse_temporal(text.lstrip("-") + "m")[1] * (-1 if text.startswith("-") else 1)
        elif t in (16, 17, 18, 19) and pt in (16, 17, 18, 19) and pt != t and ":" in text:
            # 13:30 20:00t: the suffix types every time of day in the vector
            pt, v = t, parse_temporal(text.lstrip("-") + qv.TYPE_CHAR[t])[1] * (-1 if text.startswith("-") else 1)
        if pt != t and not (pt in (qv.J, qv.F) and t in (5, 6, 7, 8, 9)):
            if not (pt == qv.J and t in (12, 13, 14, 15, 16, 17, 18, 19)):
                raise QError("nyi")
        if t in (5, 6, 7) and isinstance(v, float):
            if v != v:
                v = qv.NULL_INT[t]
            elif v in (float("inf"), float("-inf")):
                v = qv.INF_INT[t] if v > 0 else -qv.INF_INT[t]
            else:
                raise QError(text)
        if t in (5, 6, 7) and pt == qv.J and v == qv.NULL_INT[7]:
            v = qv.NULL_INT[t]
        elif t in (5, 6, 7) and pt == qv.J and abs(v) == qv.INF_INT[7]:
            v = qv.INF_INT[t] if v > 0 else -qv.INF_INT[t]
        elif t in (8, 9) and pt == qv.J and v == qv.NULL_INT[7]:
            v = float("nan")
        elif t in (8, 9) and pt == qv.J and abs(v) == qv.INF_INT[7]:
            v = float("inf") if v > 0 else float("-inf")
        vals.append(v)
    return qv.mkvec(t, vals)


def _parse_string(src, i):
    """src[i] == '"'; returns (text, next index)."""
    out = []
    j = i + 1
    n = len(src)
    while j < n:
        c = src[j]
        if c == '"':
            return "".join(out), j + 1
        if c == "\\" and j + 1 < n:
            d = src[j + 1]
            if d in _ESC:
                out.append(_ESC[d])
                j += 2
                continue
            if d.isdigit():
                m = re.match(r"[0-7]{1,3}", src[j + 1:])
                code = int(m.group(0), 8) & 255
                out.append(chr(code) if code < 128 else chr(0xDC00 + code))   # "\303" is one byte, not UTF-8
                j += 1 + len(m.group(0))
                continue
            out.append(d)
            j += 2
            continue
        out.append(c)
        j += 1
    raise QError('"')


def tokenize(src: str):
    toks = []
    i = 0
    n = len(src)
    depth = []  # stack of open brackets, to turn newlines inside {} into ';'
    ws = True
    while i < n:
        c = src[i]
        if c == "\n":
            # inside a lambda a line break separates statements; elsewhere it is layout
            if depth and depth[-1] == "{":
                toks.append(Tok("punct", ";", i, True))
            i += 1
            ws = True
            # a line starting with '/' is a comment
            j = i
            while j < n and src[j] in " \t\r":
                j += 1
            if j < n and src[j] == "/" and j == i:
                while i < n and src[i] != "\n":
                    i += 1
            continue
        if c in " \t\r":
            i += 1
            ws = True
            # ' /' starts a comment to end of line
            if i < n and src[i] == "/":
                while i < n and src[i] != "\n":
                    i += 1
            continue
        if i == 0 and c == "/":
            while i < n and src[i] != "\n":
                i += 1
            continue
        prev = src[i - 1] if i > 0 else " "
        if c in "012" and src[i + 1:i + 2] == ":" and not (src[i + 2:i + 3].isdigit() or src[i + 2:i + 3] == ":"):
            # 0: 1: 2: are verbs (ref/file-text, file-binary, dynamic-load), never a number then an assignment
            toks.append(Tok("name", src[i:i + 2], i, ws))
            i += 2
            ws = False
            continue
        # numbers (with a leading minus when it cannot be the verb)
        if c.isdigit() or (c == "." and i + 1 < n and src[i + 1].isdigit()) or (
                c == "-" and i + 1 < n and (src[i + 1].isdigit() or (src[i + 1] == "." and i + 2 < n and src[i + 2].isdigit()))
                and (ws or prev not in _NOUN_END or (prev == "_" and toks and toks[-1].k == "op"))):
            # a '_' that was the drop/cut verb (not the end of a name) leaves '-1' a literal: 1_-1_d is 1_(-1_d)
            texts = []
            start = i
            while True:
                m = _NUM.match(src, i)
                if not m or m.end() == i:
                    break
                text = m.group(0)
                # a boolean vector literal like 0101b
                bm = re.match(r"[01]+b", src[i:])
                if bm and len(bm.group(0)) >= len(text):
                    text = bm.group(0)
                texts.append(text)
                i += len(text)
                # continue the vector only across single-line spaces followed by another number
                j = i
                while j < n and src[j] == " ":
                    j += 1
                if j == i or j >= n:
                    break
                if src[j].isdigit() or (src[j] == "-" and j + 1 < n and (src[j + 1].isdigit() or src[j + 1] == ".")) \
                        or (src[j] == "." and j + 1 < n and src[j + 1].isdigit()):
                    m2 = _NUM.match(src, j)
                    if not m2:
                        break
                    end = m2.end()
                    if end < n and src[end].isalpha() and not re.match(r"[01]+b", src[j:]):
                        break
                    i = j
                    continue
                break
            if i < n and src[i].isalpha():
                raise QError(src[start:i + 1])
            toks.append(Tok("num", _make_numeric(texts), start, ws))
            ws = False
            continue
        if c == '"':
            s, j = _parse_string(src, i)
            b = s.encode("utf-8", "surrogateescape")
            if len(b) == 1:
                v = qv.Atom(-10, np.uint8(b[0]))
            else:
                v = qv.strbytes(b)
            toks.append(Tok("str", v, i, ws))
            i = j
            ws = False
            continue
        if c == "`":
            start = i
            names = []
            while i < n and src[i] == "`":
                m = _SYM.match(src, i)
                names.append(m.group(0)[1:])
                i = m.end()
            v = qv.sym(names[0]) if len(names) == 1 else qv.syms(names)
            toks.append(Tok("sym", v, start, ws))
            ws = False
            continue
        if c.isalpha() or (c == "." and i + 1 < n and src[i + 1].isalpha()):
            m = _NAME.match(src, i)
            name = m.group(0)
            # a trailing dot is not part of a name
            while name.endswith(".") and len(name) > 1:
                name = name[:-1]
            toks.append(Tok("name", name, i, ws))
            i += len(name)
            ws = False
            continue
        if c in "([{":
            depth.append(c)
            toks.append(Tok("punct", c, i, ws))
            i += 1
            ws = False
            continue
        if c in ")]}":
            if depth:
                depth.pop()
            toks.append(Tok("punct", c, i, ws))
            i += 1
            ws = False
            continue
        if c == ";":
            toks.append(Tok("punct", ";", i, ws))
            i += 1
            ws = False
            continue
        if c == ":":
            if i + 1 < n and src[i + 1] == ":":
                toks.append(Tok("op", "::", i, ws))
                i += 2
            else:
                toks.append(Tok("op", ":", i, ws))
                i += 1
            ws = False
            continue
        if c in "'/\\":
            two = src[i:i + 2]
            if two in ("':", "/:", "\\:"):
                toks.append(Tok("adv", two, i, ws))
                i += 2
            else:
                toks.append(Tok("adv", c, i, ws))
                i += 1
            ws = False
            continue
        if c in GLYPHS:
            two = src[i:i + 2]
            if two in ("<=", ">=", "<>"):
                g = two
            else:
                g = c
            j = i + len(g)
            if src[j:j + 2] == "::" and toks and toks[-1].k == "name":
                raise QError("nyi")     # n+::1: no page shows a global compound assignment
            if j < n and src[j] == ":" and not (j + 1 < n and src[j + 1] == ":") and g not in ("<=", ">=", "<>"):
                g += ":"
            toks.append(Tok("op", g, i, ws))
            i += len(g)
            ws = False
            continue
        if c == "\0":
            raise QError("char")        # value "2\000+3" is 'char (kb/unicode)
        raise QError(c)
    return toks
