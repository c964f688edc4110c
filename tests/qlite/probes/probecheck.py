"""The two checks every strictness probe runs (shared by the probe files): kdb+'s error is signalled by
eval, and the console prints it as 'name; a qlite 'nyi skips, a value fails."""
import pytest

import qlite


def sandboxed():
    return qlite.Interpreter(sandbox=True, limits=qlite.Limits(max_seconds=5, max_depth=2000))


def assert_error_signalled(src, error, page):
    try:
        value = sandboxed().eval(src)
    except qlite.QError as e:
        if e.name == "nyi" and error != "nyi":
            pytest.skip("nyi")
        assert e.name == error, f"{src!r}: kdb+ signals '{error} ({page}), qlite signalled '{e.name}"
        return
    pytest.fail(f"{src!r}: kdb+ signals '{error} ({page}), qlite returned a value: {value!r}")


def assert_console_prints_error(src, error, page):
    """At the q) prompt the same input prints 'name, never a value."""
    try:
        shown = sandboxed().repl(src)
    except qlite.QError as e:
        shown = "'" + e.name
    if shown.startswith("'nyi") and error != "nyi":
        pytest.skip("nyi")
    assert shown.split("\n")[0] == "'" + error, f"{src!r}: kdb+ prints '{error} ({page}); qlite printed {shown!r}"
