"""qlite: a strict, licence-free q (kdb+) interpreter in pure Python + numpy.

Anything it cannot do exactly as kdb+ raises QError("nyi").
"""
from .errors import QError, QExit
from .interpreter import Interpreter, Limits
from .match import match as _match


def match(a, b) -> bool:
    """q's ~ (typed match) on two q values."""
    return _match(a, b)


__version__ = "0.1.0"
__all__ = ["Interpreter", "Limits", "QError", "QExit", "match", "__version__"]
