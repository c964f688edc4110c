"""Float matrix keywords: inv (ref/inv), lsq (ref/lsq) and the product behind mmu (ref/mmu).

kdb+'s rounding shows in the docs' residuals (`a mmu inv a`), so every sum here runs in index order with
one rounding per step, never BLAS: inv is LU with partial pivoting, lsq Cholesky on the normal equations.
"""
from __future__ import annotations

import numpy as np

from ..errors import QError
from ..values import Atom, Vec, List
from ..verbs import verb


def product(a, b):
    """a mmu b on numpy floats (1-d or 2-d): each item sums its terms in order, like kdb+ (ref/mmu)."""
    if a.ndim == 1 and b.ndim == 1:
        return np.cumsum(a * b)[-1] if len(a) else np.float64(0)
    a2 = a if a.ndim == 2 else a[None, :]
    b2 = b if b.ndim == 2 else b[:, None]
    r = np.zeros((a2.shape[0], b2.shape[1]))
    for k in range(a2.shape[1]):
        r = r + a2[:, k:k + 1] * b2[k:k + 1, :]
    if a.ndim == 1:
        return r[0]
    if b.ndim == 1:
        return r[:, 0]
    return r


def _float_matrix(x):
    """A general list of float vectors of one length as a 2-d array; other types are 'type (ref/matrixes)."""
    if x.t != 0 or not x.v:
        raise QError("nyi" if x.t in (0, -9, 9, -8, 8) else "type")     # atoms, vectors, empty: not done
    if not all(e.t == 9 for e in x.v):
        raise QError("nyi" if all(e.t in (8, 9) for e in x.v) else "type")
    if len({len(e.v) for e in x.v}) != 1:
        raise QError("length")
    return np.array([e.v for e in x.v], dtype=np.float64)


def _rows(m):
    return List([Vec(9, row.copy()) for row in m])


def _seq_dot(u, v):
    """Sum of u*v along the first axis, added in order (u: 1-d, v: 1-d or 2-d)."""
    if len(u) == 0:
        return np.zeros(v.shape[1:]) if v.ndim > 1 else np.float64(0)
    p = u[:, None] * v if v.ndim > 1 else u * v
    return np.cumsum(p, axis=0)[-1]


def inv(x):
    """inv (ref/inv): inverse of a non-singular square float matrix, by LU decomposition with partial
    pivoting (kdb+ since 3.6). inv 3 3#2 4 8 3 5 6 0 7 1f --> -0.4512195 0.6341463 -0.195122 ...
    A singular matrix is 'nyi (what kdb+ returns for it is not documented)."""
    a = _float_matrix(x)
    n = a.shape[0]
    if a.shape[1] != n:
        raise QError("length")
    lu = a.copy()
    perm = np.arange(n)
    for k in range(n):
        p = k + int(np.argmax(np.abs(lu[k:, k])))
        if lu[p, k] == 0 or not np.isfinite(lu[p, k]):
            raise QError("nyi")
        lu[[k, p]] = lu[[p, k]]
        perm[[k, p]] = perm[[p, k]]
        lu[k + 1:, k] /= lu[k, k]
        lu[k + 1:, k + 1:] -= np.outer(lu[k + 1:, k], lu[k, k + 1:])
    y = np.eye(n)[perm]
    for i in range(n):                       # forward: L y = P I
        y[i] = y[i] - _seq_dot(lu[i, :i], y[:i])
    r = np.zeros((n, n))
    for i in reversed(range(n)):             # back: U r = y
        r[i] = (y[i] - _seq_dot(lu[i, i + 1:], r[i + 1:])) / lu[i, i]
    return _rows(r)


def lsq(x, y):
    """lsq (ref/lsq): w with x = w mmu y in least squares, from the normal equations
    (y mmu flip y) solved by Cholesky decomposition. x and y are float matrices with the same number of
    columns; rows of y that are not linearly independent are 'nyi (kdb+'s result is not documented)."""
    a, b = _float_matrix(x), _float_matrix(y)
    if a.shape[1] != b.shape[1]:
        raise QError("length")
    m = product(b, b.T)
    rhs = product(a, b.T)                    # one right-hand side per row of x
    n = m.shape[0]
    chol = np.zeros((n, n))
    for j in range(n):
        s = m[j, j]
        for k in range(j):
            s -= chol[j, k] * chol[j, k]
        if not s > 0:
            raise QError("nyi")
        chol[j, j] = np.sqrt(s)
        for i in range(j + 1, n):
            s = m[i, j]
            for k in range(j):
                s -= chol[i, k] * chol[j, k]
            chol[i, j] = s / chol[j, j]
    z = np.zeros_like(rhs)
    for i in range(n):                       # L z = rhs
        s = rhs[:, i].copy()
        for k in range(i):
            s -= chol[i, k] * z[:, k]
        z[:, i] = s / chol[i, i]
    w = np.zeros_like(rhs)
    for i in reversed(range(n)):             # flip[L] w = z
        s = z[:, i].copy()
        for k in range(i + 1, n):
            s -= chol[k, i] * w[:, k]
        w[:, i] = s / chol[i, i]
    return _rows(w)


verb("inv", inv, None, t=101)
verb("lsq", None, lsq, infix=True)
