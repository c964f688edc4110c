"""Real-world q programs (HumanEval/LeetCode-style solutions, output-test style) run as scripts: each
`cases/NAME.q` must print `cases/NAME.out` on stdout (trailing blanks of a line aside), through
`Interpreter.run_script` and through the `qlite` CLI (like `q NAME.q` with stdin closed).
Expected outputs follow the kdb+ reference, never qlite's own output.

`python tests/qlite/realworld/test_realworld.py` prints the pass rate and the failing cases.
"""
from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
CASES = Path(__file__).resolve().parent / "cases"
NAMES = sorted(p.stem for p in CASES.glob("*.q"))


def expected(name: str) -> str:
    return (CASES / f"{name}.out").read_text()


def same(out: str, want: str) -> bool:
    """kdb+ pads table and dictionary columns with trailing blanks; lines compare without them."""
    return [ln.rstrip() for ln in out.split("\n")] == [ln.rstrip() for ln in want.split("\n")]


def run_cli(name: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "qlite.cli", str(CASES / f"{name}.q")], stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=60, cwd=CASES,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def run_api(name: str) -> tuple[str, str]:
    from qlite import Interpreter, QExit
    out, err = io.StringIO(), io.StringIO()
    try:
        Interpreter(stdout=out, stderr=err).run_script((CASES / f"{name}.q").read_text(), f"{name}.q")
    except QExit:
        pass  # `exit n` ends the script as it ends q; what was printed stands
    return out.getvalue(), err.getvalue()


def test_corpus_is_large_enough():
    assert len(NAMES) >= 150


@pytest.mark.parametrize("name", NAMES)
def test_api(name):
    out, err = run_api(name)
    assert same(out, expected(name)), err


# one process per script is what the executor's qbinary engine does; a sample keeps the file fast,
# QLITE_REALWORLD_ALL=1 runs every script through the CLI
CLI_NAMES = NAMES if os.environ.get("QLITE_REALWORLD_ALL") else NAMES[::10]


@pytest.mark.parametrize("name", CLI_NAMES)
def test_cli(name):
    r = run_cli(name)
    assert "Traceback" not in r.stderr
    assert same(r.stdout, expected(name)), r.stderr


def main() -> int:
    fails = []
    for name in NAMES:
        try:
            out, err = run_api(name)
        except BaseException as e:  # a crash is a failure to report, not to stop on
            out, err = "", f"python {type(e).__name__}: {e}"
        if not same(out, expected(name)):
            fails.append((name, out, err))
    for name, out, err in fails:
        print(f"--- {name}: stderr {err.strip()!r}\n  got:  {out!r}\n  want: {expected(name)!r}")
    print(f"{len(NAMES) - len(fails)}/{len(NAMES)} pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
