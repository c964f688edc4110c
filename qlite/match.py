"""q's Match (~): same type, same shape, same values; nulls match nulls (ref/match)."""
from __future__ import annotations

import numpy as np

from .values import Q

_TOL = 2.0 ** -43


def match(a, b) -> bool:
    ta, tb = a.t, b.t
    if ta != tb:
        return False
    if ta == -20:
        return a.dom == b.dom and bool(a.i == b.i)
    if ta < 0:
        va, vb = a.v, b.v
        if ta in (-8, -9, -15):
            return bool(va == vb or (va != va and vb != vb) or abs(va - vb) <= _TOL * max(abs(va), abs(vb)))
        return bool(va == vb)
    if 0 < ta < 20:
        va, vb = a.v, b.v
        if len(va) != len(vb):
            return False
        if ta in (8, 9, 15):
            if np.array_equal(va, vb, equal_nan=True):
                return True
            with np.errstate(all="ignore"):
                ok = (va == vb) | (np.isnan(va) & np.isnan(vb)) | (np.abs(va - vb) <= _TOL * np.maximum(np.abs(va), np.abs(vb)))
            return bool(ok.all())
        return bool(np.array_equal(va, vb))
    if ta == 0:
        if len(a.v) != len(b.v):
            return False
        return all(match(x, y) for x, y in zip(a.v, b.v))
    if ta == 98:
        return match(a.k, b.k) and len(a.v) == len(b.v) and all(match(x, y) for x, y in zip(a.v, b.v))
    if ta in (20, -20):
        return a.dom == b.dom and bool(np.array_equal(a.i, b.i) if ta == 20 else a.i == b.i)
    if ta in (98, 99):
        return match(a.k, b.k) and match(a.v, b.v)
    if ta >= 100:
        from .format import fmt_fn
        if a is b:
            return True
        try:
            return fmt_fn(a) == fmt_fn(b)
        except Exception:
            return False
    return a is b
