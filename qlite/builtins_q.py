"""Names every q session starts with: .Q.a .Q.A .Q.n .Q.an and the .Q/.j helpers qlite implements."""
from __future__ import annotations

import numpy as np

from . import values as qv

_STRINGS = {
    ".Q.a": "abcdefghijklmnopqrstuvwxyz",
    ".Q.A": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    ".Q.n": "0123456789",
    ".Q.nA": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    ".Q.t": " bg xhijefcspmdznuvts",     # 20: enumerations show as s (meta)
    ".Q.an": "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789",
    ".Q.b6": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
    ".h.sa": "a{text-decoration:none}a:link{color:024C7E}a:visited{color:024C7E}a:active{color:958600}",
    ".h.sb": "body{font:10pt verdana;text-align:justify}",
    ".h.sc": "$-.+!*'(),abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789",
}
_VALUES: dict = {}   # built once; sessions share them because amending a q value copies it


def install(ip):
    if not _VALUES:
        _VALUES.update((name, qv.string(s)) for name, s in _STRINGS.items())
        _VALUES[".h.d"] = qv.char(" ")      # the delimiter .h.cd puts between items of a nested cell
        _VALUES["csv"] = qv.char(",")       # csv 0: t is "," 0: t (ref/file-text)
        _VALUES[".Q.M"] = qv.Atom(-7, np.int64(2**63 - 1))    # chunk size, 0W by default (ref/dotq)
    ip.globals.update(_VALUES)
