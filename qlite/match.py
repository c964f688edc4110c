"""q's Match (~): same type, same shape, same values; nulls match nulls (ref/match)."""
from __future__ import annotations

import numpy as np

from .values import Q


def match(a, b) -> bool:
    ta, tb = a.t, b.t
    if ta != tb:
        return False
    if ta < 0:
        va, vb = a.v, b.v
        if ta in (-8, -9, -15):
            return bool(va == vb or (va != va and vb != vb))
        return bool(va == vb)
    if 0 < ta < 20:
        va, vb = a.v, b.v
        if len(va) != len(vb):
            return False
        if a.attr != b.attr and False:
            return False
        if ta in (8, 9, 15):
            return bool(np.array_equal(va, vb, equal_nan=True))
        return bool(np.array_equal(va, vb))
    if ta == 0:
        if len(a.v) != len(b.v):
            return False
        return all(match(x, y) for x, y in zip(a.v, b.v))
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
