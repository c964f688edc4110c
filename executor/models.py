"""The executor's API as types: submissions, test cases, limits, results and the HTTP bodies.

Everything that crosses a boundary (HTTP, the worker socket, the engine interface, the client)
is one of these models; routes, pool and engines only pass them along.
"""
from __future__ import annotations

from enum import Enum
from typing import Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Status(str, Enum):
    """Outcome of one test."""

    PASS = "pass"
    FAIL = "fail"  # ran, but the result differs from the expected one
    ERROR = "error"  # a q error, a load error, stderr output, exit, output limit
    TIMEOUT = "timeout"  # per-test or per-submission time budget spent
    NYI = "nyi"  # the engine does not implement something the code used (qlite's 'nyi)
    MEMORY = "memory"  # memory budget exceeded ('wsfull, RLIMIT_AS)


class EngineName(str, Enum):
    QLITE = "qlite"
    QBINARY = "qbinary"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ValueTest(_Strict):
    """Passes iff `(call)~(expected)` in q: a typed match, no console text involved."""

    call: str = Field(max_length=100_000, examples=["solve[2 7 11 15;9]"])
    expected: str = Field(max_length=1_000_000, examples=["0 1"])


class OutputTest(_Strict):
    """Passes iff the stdout of `code` equals `expected_output` after stripping trailing whitespace."""

    code: str = Field(max_length=100_000, examples=["show solve[58];"])
    expected_output: str = Field(max_length=1_000_000, examples=["LVIII"])


# pydantic's smart union picks ValueTest or OutputTest by the fields present (extra="forbid").
TestCase = Union[ValueTest, OutputTest]


class Limits(_Strict):
    """Budgets for one submission. The server clamps each to its own caps (see `ServerCaps`)."""

    test_timeout_s: float = Field(1.0, gt=0, description="wall time per test")
    submission_timeout_s: float = Field(30.0, gt=0, description="wall time for the whole submission")
    memory_mb: int = Field(512, gt=0, description="memory for the q code")
    output_bytes: int = Field(65536, gt=0, description="stdout bytes per test (and for loading)")


class ServerCaps(_Strict):
    """Upper bounds a server applies to every request's `Limits`."""

    test_timeout_s: float = 10.0
    submission_timeout_s: float = 120.0
    memory_mb: int = 4096
    output_bytes: int = 1 << 20

    def clamp(self, limits: Limits) -> Limits:
        return Limits(
            test_timeout_s=min(limits.test_timeout_s, self.test_timeout_s),
            submission_timeout_s=min(limits.submission_timeout_s, self.submission_timeout_s),
            memory_mb=min(limits.memory_mb, self.memory_mb),
            output_bytes=min(limits.output_bytes, self.output_bytes),
        )


class Submission(_Strict):
    """`POST /v1/execute` body: a q solution and the tests to run against it."""

    code: str = Field(max_length=1_000_000, description="q source, loaded like a script")
    tests: list[TestCase] = Field(default_factory=list, max_length=1000)
    engine: Optional[EngineName] = Field(None, description="default: the server's engine")
    limits: Limits = Field(default_factory=Limits)


ExecuteRequest = Submission


class TestResult(BaseModel):
    __test__ = False  # not a pytest class

    status: Status
    error: Optional[str] = Field(None, description="q error name or why the test did not pass")
    elapsed_ms: float = 0.0

    @field_validator("error")
    @classmethod
    def _short(cls, v: Optional[str]) -> Optional[str]:
        # a signalled error's text is the program's choice: keep answers small
        return v[:200] if v is not None and len(v) > 200 else v


class SubmissionResult(BaseModel):
    """`POST /v1/execute` answer; also what every engine's `run` returns."""

    passed: int
    total: int
    perfect: bool
    compile_error: Optional[str] = Field(None, description="set when loading the code failed")
    elapsed_ms: float
    tests: list[TestResult]

    @classmethod
    def of(cls, tests: list[TestResult], elapsed_ms: float, compile_error: Optional[str] = None):
        passed = sum(t.status is Status.PASS for t in tests)
        return cls(passed=passed, total=len(tests), perfect=bool(tests) and passed == len(tests),
                   compile_error=compile_error, elapsed_ms=elapsed_ms, tests=tests)

    @classmethod
    def all_failed(cls, n_tests: int, status: Status, error: str, elapsed_ms: float = 0.0,
                   compile_error: Optional[str] = None):
        """A submission whose tests could not run (worker died, timed out, load failed)."""
        tests = [TestResult(status=status, error=error) for _ in range(n_tests)]
        return cls.of(tests, elapsed_ms, compile_error)


ExecuteResponse = SubmissionResult


class BatchRequest(_Strict):
    """`POST /v1/execute:batch` body. A retry with the same `idempotency_key` gets the first answer."""

    submissions: list[Submission] = Field(max_length=10_000)
    idempotency_key: Optional[str] = Field(None, max_length=200)


class BatchItemError(BaseModel):
    error: str


class BatchResponse(BaseModel):
    results: list[Union[SubmissionResult, BatchItemError]]


class Health(BaseModel):
    status: Literal["ok"] = "ok"


class Ready(BaseModel):
    ready: bool
    workers: int
    queue_depth: int
    queue_capacity: int
    worker_pids: list[int] = Field(default_factory=list, description="local worker processes")


class EngineInfo(BaseModel):
    name: EngineName
    available: bool
    default: bool
    detail: str = ""


class EnginesResponse(BaseModel):
    engines: list[EngineInfo]


__all__ = [
    "Status", "EngineName", "ValueTest", "OutputTest", "TestCase", "Limits", "ServerCaps",
    "Submission", "ExecuteRequest", "TestResult", "SubmissionResult", "ExecuteResponse",
    "BatchRequest", "BatchItemError", "BatchResponse", "Health", "Ready", "EngineInfo",
    "EnginesResponse",
]
