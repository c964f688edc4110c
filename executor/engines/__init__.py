"""Engines run one submission against its tests: `run(submission, limits) -> SubmissionResult`.

`qlite` runs the built-in interpreter in this process; `qbinary` runs any q-compatible executable
as a child process. Engines know nothing of workers, queues or HTTP.
"""
from __future__ import annotations

from executor.engines.base import Engine, status_of_q_error
from executor.models import EngineName


def make_engine(name: EngineName | str) -> Engine:
    name = EngineName(name)
    if name is EngineName.QLITE:
        from executor.engines.qlite import QliteEngine
        return QliteEngine()
    from executor.engines.qbinary import QBinaryEngine
    return QBinaryEngine()


__all__ = ["Engine", "make_engine", "status_of_q_error"]
