"""Render Python values as q literal text of an exact q type.

Used by the authoring scripts: an oracle computes a Python value, `lit(value, qtype)` writes
the q text that `~` will match against (typed: a long list is never an int list).

Type specs:
  one letter, q's own type chars: lowercase = atom, uppercase = simple list
    b boolean, x byte, h short, i int, j long, e real, f float, c char, s symbol, d date
    "C" is a string (char list); "j" a long atom; "J" a long list.
  ("list", spec)          general list whose items are rendered with `spec`, e.g. ("list", "J")
                          for a list of long lists, ("list", "C") for a list of strings
  ("mixed", [spec, ...])  general list whose items have different types, e.g. ("mixed", ["s", "j"])
  ("dict", kspec, vspec)  dictionary; value is a Python dict, keys rendered with the list spec
                          `kspec` (e.g. "S") and values with `vspec` (e.g. "J" or ("list", "C"))
  ("table", {col: spec})  unkeyed table with column list specs ({"a": "J", "b": "S"}); value is a
                          list of row dicts or a dict of columns

None is q's typed null (0N, 0n, 0Ni, ` and " "); float("inf") is 0w.

>>> lit([0, 1], "J")
'0 1'
>>> lit([], "J")
'0#0'
>>> lit([5], "J")
'enlist 5'
>>> lit([True, False, True], "B")
'101b'
>>> lit(["a", "bc"], ("list", "C"))
'(enlist "a";"bc")'
"""
from __future__ import annotations

import datetime as _dt
import math
import re

# q type letter -> (atom suffix, null literal, positive infinity literal)
_NUMERIC = {
    "h": ("h", "0Nh", "0Wh"),
    "i": ("i", "0Ni", "0Wi"),
    "j": ("", "0N", "0W"),
    "e": ("e", "0Ne", "0We"),
    "f": ("f", "0n", "0w"),
}
_INT_RANGE = {"h": 2**15 - 1, "i": 2**31 - 1, "j": 2**63 - 1}
_PLAIN_SYMBOL = re.compile(r"^[A-Za-z0-9_.]*$")
# `0#seed` is an empty list of the seed's type; it reads the same in every q engine
_EMPTY_SEED = {"b": "0b", "x": "0x00", "h": "0h", "i": "0i", "j": "0", "e": "0e", "f": "0f",
               "s": "`", "d": "2000.01.01"}
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def lit(value, qtype) -> str:
    """q literal text for `value` of q type `qtype` (see the module doc for specs)."""
    if isinstance(qtype, tuple):
        kind = qtype[0]
        if kind == "list":
            return _general([lit(v, qtype[1]) for v in value])
        if kind == "mixed":
            if len(value) != len(qtype[1]):
                raise ValueError(f"mixed list: {len(value)} values but {len(qtype[1])} types")
            return _general([lit(v, t) for v, t in zip(value, qtype[1])])
        if kind == "dict":
            return _dict(value, qtype[1], qtype[2])
        if kind == "table":
            return _table(value, qtype[1])
        raise ValueError(f"unknown type spec {qtype!r}")
    if not isinstance(qtype, str) or len(qtype) != 1:
        raise ValueError(f"unknown type spec {qtype!r}")
    if qtype.islower():
        return _atom(value, qtype)
    return _vector(list(value), qtype.lower())


def call(entry_point: str, *args: str) -> str:
    """A q call expression `f[a;b]` from already rendered argument texts."""
    return f"{entry_point}[{';'.join(args)}]"


def _general(items: list[str]) -> str:
    if not items:
        return "()"
    if len(items) == 1:
        return f"enlist {items[0]}"
    return "(" + ";".join(items) + ")"


def _dict(value: dict, kspec, vspec) -> str:
    keys, vals = list(value.keys()), list(value.values())
    return f"{_paren(lit(keys, kspec))}!{_paren(lit(vals, vspec))}"


def _paren(text: str) -> str:
    """`text` in parentheses unless it already is one parenthesised group."""
    if text.startswith("("):
        depth = 0
        for i, ch in enumerate(text):
            depth += {"(": 1, ")": -1}.get(ch, 0)
            if depth == 0:
                if i == len(text) - 1:
                    return text
                break
    return f"({text})"


def _table(value, columns: dict) -> str:
    if isinstance(value, dict):
        cols = value
    else:
        cols = {c: [row[c] for row in value] for c in columns}
    parts = [f"{c}:{lit(cols[c], spec)}" for c, spec in columns.items()]
    return "([] " + ";".join(parts) + ")"


def _atom(v, t: str) -> str:
    if t == "b":
        if not isinstance(v, bool):
            raise TypeError(f"boolean atom needs a bool, got {v!r}")
        return "1b" if v else "0b"
    if t == "x":
        return "0x" + _byte(v)
    if t == "c":
        return '"' + _char(" " if v is None else v) + '"'
    if t == "s":
        return _symbol_atom(v)
    if t == "d":
        return _date(v)
    if t == "f":
        text = _number(v, t)
        return text + "f" if _integral_text(text) else text
    if t in _NUMERIC:
        return _number(v, t, bare=True) + _NUMERIC[t][0]
    raise ValueError(f"unknown atom type {t!r}")


def _vector(vs: list, t: str) -> str:
    if t == "c":
        text = '"' + "".join(_char(c) for c in vs) + '"'
        return f"enlist {text}" if len(vs) == 1 else text
    if not vs:
        return "0#" + _EMPTY_SEED[t]
    if len(vs) == 1:
        return "enlist " + _atom(vs[0], t)
    if t == "b":
        if not all(isinstance(v, bool) for v in vs):
            raise TypeError(f"boolean list needs bools, got {vs!r}")
        return "".join("1" if v else "0" for v in vs) + "b"
    if t == "x":
        return "0x" + "".join(_byte(v) for v in vs)
    if t == "s":
        if all(v is None or (_PLAIN_SYMBOL.match(v) and v) for v in vs):
            return "".join("`" + ("" if v is None else v) for v in vs)
        return '`$(' + ";".join(_string_item(v) for v in vs) + ")"
    if t == "d":
        return " ".join(_date(v) for v in vs)
    if t == "f":
        texts = [_number(v, t) for v in vs]
        if all(_integral_text(x) for x in texts):
            return " ".join(texts) + "f"
        # some item has a decimal point or is null/inf: write integral ones as 1.0
        return " ".join(x + ".0" if _integral_text(x) else x for x in texts)
    if t in _NUMERIC:
        # untyped items (0N, 0W) and one suffix at the end type the whole vector: 1 0N 3i
        return " ".join(_number(v, t, bare=True) for v in vs) + _NUMERIC[t][0]
    raise ValueError(f"unknown list type {t!r}")


def _integral_text(x: str) -> bool:
    return x.lstrip("-").isdigit()


def _number(v, t: str, bare: bool = False) -> str:
    """Text of one number; `bare` drops the type letter of nulls and infinities (0N, 0W)."""
    null, inf = _NUMERIC[t][1], _NUMERIC[t][2]
    if bare:
        null, inf = null[:2], inf[:2]
    if v is None:
        return null
    if t in ("e", "f"):
        if isinstance(v, bool):
            raise TypeError(f"{t} needs a number, got {v!r}")
        v = float(v)
        if math.isnan(v):
            return null
        if math.isinf(v):
            return inf if v > 0 else "-" + inf
        if v == int(v) and abs(v) < 1e15:
            return str(int(v))
        return repr(v).replace("e+", "e")
    if isinstance(v, bool) or not isinstance(v, int):
        raise TypeError(f"{t} needs an int, got {v!r}")
    if abs(v) > _INT_RANGE[t]:
        raise ValueError(f"{v} is out of range for q type {t}")
    return str(v)


def _byte(v: int) -> str:
    if not isinstance(v, int) or not 0 <= v <= 255:
        raise ValueError(f"byte needs 0..255, got {v!r}")
    return f"{v:02x}"


def _char(c: str) -> str:
    if not isinstance(c, str) or len(c) != 1:
        raise TypeError(f"char needs a 1-character str, got {c!r}")
    if c in _ESCAPES:
        return _ESCAPES[c]
    if ord(c) < 32 or ord(c) > 126:
        if ord(c) > 255:
            raise ValueError(f"char {c!r} is not a byte")
        return "\\" + format(ord(c), "03o")
    return c


def _string_item(s: str) -> str:
    """A string as an item of a general list: a 1-char string needs enlist."""
    s = "" if s is None else s
    text = '"' + "".join(_char(c) for c in s) + '"'
    return f"(enlist {text})" if len(s) == 1 else text


def _symbol_atom(v) -> str:
    if v is None or v == "":
        return "`"
    if _PLAIN_SYMBOL.match(v):
        return "`" + v
    return '`$' + _string_item(v)


def _date(v) -> str:
    if v is None:
        return "0Nd"
    if not isinstance(v, _dt.date):
        raise TypeError(f"date needs a datetime.date, got {v!r}")
    return v.strftime("%Y.%m.%d")
