"""Hostile programs through the real server: each ends in its own status, none passes, the server keeps
answering, and nothing on the host changes."""
from __future__ import annotations

from pathlib import Path

import pytest

from executor.client import ExecutorClient
from executor.models import Status
from hostile_cases import CASES, TESTS

LIMITS = {"test_timeout_s": 0.5, "submission_timeout_s": 10, "memory_mb": 64, "output_bytes": 65536}
FORGERY_GROUPS = {"forgery", "exit", "output", "parser"}  # on both engines here; all groups in the slow corpus
PWNED = Path("/tmp/qrl-pwned")


def _batch(server, engine, cases):
    # a child process per run is slower to react on a loaded machine: give it more time per test
    limits = dict(LIMITS, test_timeout_s=1.0) if engine == "qbinary" else LIMITS
    subs = [{"code": c.code, "tests": TESTS, "engine": engine, "limits": limits} for c in cases]
    with ExecutorClient(server) as client:
        results = client.execute_batch(subs)
        assert client.health() == {"status": "ok"}  # still answering after all of it
    return dict(zip((c.id for c in cases), results))


@pytest.fixture(scope="module")
def qlite_results(server):
    PWNED.unlink(missing_ok=True)
    return _batch(server, "qlite", CASES)


QBINARY_CASES = [c for c in CASES if not c.host_access and c.group in FORGERY_GROUPS]


@pytest.fixture(scope="module")
def qbinary_results(server):
    return _batch(server, "qbinary", QBINARY_CASES)


def _check(case, result, status):
    assert result.passed == 0, f"{case.id} faked a pass: {result}"
    assert [t.status for t in result.tests] == [Status(status)] * len(TESTS), result
    assert bool(result.compile_error) == case.load_error, result


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_program_on_qlite(qlite_results, case):
    _check(case, qlite_results[case.id], case.status)


@pytest.mark.parametrize("case", QBINARY_CASES, ids=[c.id for c in QBINARY_CASES])
def test_hostile_program_on_qbinary(qbinary_results, case):
    _check(case, qbinary_results[case.id], case.qbinary_status or case.status)


def test_the_corpus_is_large_and_nothing_on_the_host_changed(qlite_results):
    assert len(CASES) >= 30
    assert not PWNED.exists()
