"""Names every q session starts with: .Q.a .Q.A .Q.n .Q.an and the .Q/.j helpers qlite implements."""
from __future__ import annotations

from . import values as qv


def install(ip):
    g = ip.globals
    g[".Q.a"] = qv.string("abcdefghijklmnopqrstuvwxyz")
    g[".Q.A"] = qv.string("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    g[".Q.n"] = qv.string("0123456789")
    g[".Q.nA"] = qv.string("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    g[".Q.t"] = qv.string(" bg xhijefcspmdznuvt")
    g[".Q.an"] = qv.string("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789")
