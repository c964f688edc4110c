"""The whole hostile corpus (tests/executor/hostile/corpus.py, ≥ 200 programs) through a real server on both
engines: every program ends in its status, none passes, the server keeps answering, the host is unchanged.
Slow (about half a minute on qlite, two on qbinary with 2 cores): `pytest -m slow tests/executor`."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from executor.client import ExecutorClient

sys.path.insert(0, str(Path(__file__).parent / "hostile"))
from corpus import PROGRAMS, TESTS  # noqa: E402

pytestmark = pytest.mark.slow
LIMITS = {"test_timeout_s": 0.5, "submission_timeout_s": 10, "memory_mb": 64, "output_bytes": 65536}
WATCHED = [Path("/tmp"), Path.home(), Path.cwd(), Path("/")]  # where the corpus's writes would land


def _snapshot() -> tuple:
    """Files the corpus tries to create, and the state of one it tries to read or clobber."""
    made = set()
    for d in WATCHED:
        try:
            made |= {str(d / n) for n in os.listdir(d) if n.startswith("qrl-pwned")}
        except OSError:
            pass
    passwd = os.stat("/etc/passwd")
    return made, passwd.st_mtime_ns, passwd.st_size


def _run(server, engine, programs):
    before = _snapshot()
    # a child process per run is slower to react on a loaded machine: give it more time per test
    limits = dict(LIMITS, test_timeout_s=1.0) if engine == "qbinary" else LIMITS
    subs = [{"code": p.code, "tests": TESTS, "engine": engine, "limits": limits} for p in programs]
    with ExecutorClient(server) as client:
        results = client.execute_batch(subs)
        assert client.health() == {"status": "ok"}
    assert _snapshot() == before, "a hostile program changed the host"
    return dict(zip((p.id for p in programs), results))


@pytest.fixture(scope="module")
def qlite_results(server):
    return _run(server, "qlite", PROGRAMS)


QBINARY = [p for p in PROGRAMS if not p.host]


@pytest.fixture(scope="module")
def qbinary_results(server):
    return _run(server, "qbinary", QBINARY)


def _check(program, result, status):
    allowed = status.split("|")
    assert result.passed == 0, f"ESCAPE: {program.id} passed: {result}"
    assert all(t.status.value in allowed for t in result.tests), result
    if program.load_error is not None:
        assert bool(result.compile_error) == program.load_error, result


def test_the_corpus_has_at_least_200_programs_in_groups():
    assert len(PROGRAMS) >= 200
    assert {p.group for p in PROGRAMS} == {"loop", "memory", "output", "host", "exit", "forgery", "parser", "crash"}


@pytest.mark.parametrize("program", PROGRAMS, ids=[p.id for p in PROGRAMS])
def test_corpus_on_qlite(qlite_results, program):
    _check(program, qlite_results[program.id], program.status)


@pytest.mark.parametrize("program", QBINARY, ids=[p.id for p in QBINARY])
def test_corpus_on_qbinary(qbinary_results, program):
    _check(program, qbinary_results[program.id], program.qbinary or program.status)
