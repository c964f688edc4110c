"""qlite: a strict, licence-free q (kdb+) interpreter in pure Python + numpy.

Anything it cannot do exactly as kdb+ raises QError("nyi").
"""
import os

# numpy's BLAS starts one thread per core at import: 1.5-2 s of CPU per process on a 16-core host, for
# nothing (only mmu/inv/lsq use BLAS). Set before numpy loads; a caller's own setting wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from .errors import QError, QExit
from .interpreter import Interpreter, Limits
from .match import match as _match


def match(a, b) -> bool:
    """q's ~ (typed match) on two q values."""
    return _match(a, b)


__version__ = "0.1.0"
__all__ = ["Interpreter", "Limits", "QError", "QExit", "match", "__version__"]
