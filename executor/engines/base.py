"""The engine interface and the mapping from q error names to test statuses, shared by engines."""
from __future__ import annotations

from typing import Protocol

from executor.models import EngineName, Limits, Status, Submission, SubmissionResult

# q error names that mean a budget ran out rather than a wrong program
_BUDGET_STATUS = {"stop": Status.TIMEOUT, "wsfull": Status.MEMORY, "nyi": Status.NYI}


def status_of_q_error(name: str) -> Status:
    """'stop -> timeout, 'wsfull -> memory, 'nyi -> nyi, anything else -> error."""
    return _BUDGET_STATUS.get(name, Status.ERROR)


class Engine(Protocol):
    name: EngineName

    def run(self, submission: Submission, limits: Limits) -> SubmissionResult:
        """Load `submission.code`, run each test, never raise for anything the code does."""

    def describe(self) -> tuple[bool, str]:
        """(available, detail) for GET /v1/engines."""
