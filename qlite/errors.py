"""q errors: one exception type carrying the q error name, plus the `exit` signal.

QError("type").name == "type"; the console prints it as 'type.
"""


class QError(Exception):
    """A q error (signalled by a primitive, by `'x`, or by a budget)."""

    def __init__(self, name: str):
        super().__init__(name)
        self.name = name

    def __repr__(self):
        return f"QError({self.name!r})"


class QExit(Exception):
    """`exit n` was evaluated."""

    def __init__(self, code: int):
        super().__init__(code)
        self.code = code


def nyi(what: str = "") -> QError:
    """Anything qlite does not implement exactly."""
    return QError("nyi")
