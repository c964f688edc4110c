"""Covariance and correlation of two numeric lists (ref/cov, ref/cor): cov, scov, cor. Pairs where either
side is null are left out, as kdb+ does (1 3 0N cor 1 3 9 is 1f); a constant list gives cor 0n.
"""
from __future__ import annotations

import numpy as np

from ..errors import QError
from ..values import Atom, Vec, Dict
from ..verbs import verb

_NUMERIC = (1, 4, 5, 6, 7, 8, 9)
_NULL = {5: np.iinfo(np.int16).min, 6: np.iinfo(np.int32).min, 7: np.iinfo(np.int64).min}


def _floats(v):
    if v.t not in _NUMERIC:
        raise QError("type")
    f = v.v.astype(np.float64)
    if v.t in _NULL:
        f[v.v == _NULL[v.t]] = np.nan
    return f


def _pairs(x, y):
    a, b = _floats(x), _floats(y)
    if len(a) != len(b):
        raise QError("length")
    keep = ~(np.isnan(a) | np.isnan(b))
    return a[keep], b[keep]


def _cov(a, b):
    if len(a) == 0:
        return np.nan
    return float(np.mean(a * b) - np.mean(a) * np.mean(b))


def cov(x, y):
    """x cov y: population covariance: 2 3 5 7 cov 3 3 5 9 is 4.5."""
    return Atom(-9, np.float64(_cov(*_pairs(x, y))))


def scov(x, y):
    """x scov y: sample covariance (cov scaled by n%n-1): 2 3 5 7 scov 3 3 5 9 is 6f."""
    a, b = _pairs(x, y)
    n = len(a)
    return Atom(-9, np.float64(_cov(a, b) * n / (n - 1) if n > 1 else np.nan))


def cor(x, y):
    """x cor y: correlation: 29 10 54 cor 1 3 9 is 0.7727746; 1 1 1 cor 1 3 9 is 0n."""
    a, b = _pairs(x, y)
    d = np.sqrt(_cov(a, a) * _cov(b, b))
    return Atom(-9, np.float64(_cov(a, b) / d if d > 0 else np.nan))


for _name, _f in (("cov", cov), ("scov", scov), ("cor", cor)):
    verb(_name, None, _f, infix=True)


def mdev(x, y):
    """x mdev y: population deviation of each window of the last x items, nulls left out:
    2 mdev 1 2 3 5 7 10 is 0 0.5 0.5 1 1 1.5; a window of nulls gives 0n."""
    if y.t == 99 and y.k.t != 98:
        return Dict(y.k, mdev(x, y.v))
    if y.t == 0:
        from .math import moving_items
        return moving_items("dev", x, y)
    if x.t not in (-5, -6, -7) or not 0 < y.t < 20:
        raise QError("type")
    n = int(x.v)
    if n <= 0:
        raise QError("nyi")
    f = _floats(y)
    out = np.empty(len(f))
    for i in range(len(f)):
        w = f[max(0, i - n + 1):i + 1]
        w = w[~np.isnan(w)]
        out[i] = np.sqrt(np.mean(w * w) - np.mean(w) ** 2) if len(w) else np.nan
    return Vec(9, np.maximum(out, 0, where=~np.isnan(out), out=out))


verb("mdev", None, mdev)
from .tables import _wrap_moving  # noqa: E402  (2 mdev t: on every column, like the other moving functions)

_wrap_moving("mdev")
