"""What the q console shows for a few lines run in one fresh sandboxed interpreter (shared by the qlite tests)."""
from qlite import Interpreter, QError


def console(*lines: str) -> str:
    """Run q lines in one fresh interpreter; the console text of the last (its error as 'name)."""
    ip = Interpreter(sandbox=True)
    shown = ""
    for line in lines:
        try:
            shown = ip.repl(line) or ""
        except QError as e:
            shown = "'" + e.name
    return "\n".join(ln.rstrip() for ln in shown.split("\n"))
