"""`qrl data check` and `qrl data stats` as a user runs them."""
import subprocess
import sys
from pathlib import Path

import pytest

QRL = str(Path(sys.executable).parent / "qrl")


def _qrl(*args):
    return subprocess.run([QRL, "data", *args], capture_output=True, text=True, timeout=120)


def test_stats_markdown_counts_every_problem():
    from data import load_problems

    out = _qrl("stats", "--markdown")
    assert out.returncode == 0, out.stderr
    assert "| difficulty | train | test | total |" in out.stdout
    assert f"{len(load_problems())} problems" in out.stdout


def test_check_passes_a_good_problem_and_rejects_unknown_ids():
    pytest.importorskip("qlite", reason="qlite").__dict__.get("Interpreter") or pytest.skip("no qlite yet")
    out = _qrl("check", "--ids", "qrl-0001")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "1/1 problems ok" in out.stdout
    assert _qrl("check", "--ids", "nope-1").returncode == 2
