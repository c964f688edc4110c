"""The qlite engine: runs a submission in this process with the built-in interpreter.

Each test gets a fresh sandboxed interpreter with the solution loaded (tests cannot leak state into
each other); expected values are evaluated in a separate pristine interpreter and compared in
Python with `qlite.match`, so nothing the solution defines or prints can touch the verdict.
"""
from __future__ import annotations

import io
import signal
import threading
import time
from typing import Optional

from executor.engines.base import status_of_q_error
from executor.models import (EngineName, Limits, OutputTest, Status, Submission, SubmissionResult,
                             TestResult, ValueTest)


class _Deadline(BaseException):
    """Raised by SIGALRM when qlite's own time budget did not stop the code (a long native call).
    A BaseException so that q-level traps inside the interpreter cannot swallow it."""


class _OutputLimit(BaseException):
    """Raised by the capped stdout when the code printed more than its budget."""


class _CappedText(io.TextIOBase):
    """A write-only text stream that keeps what is written and raises once past `limit` chars."""

    def __init__(self, limit: int):
        self.limit, self.size, self.parts = limit, 0, []

    def writable(self) -> bool:
        return True

    def write(self, s: str) -> int:
        self.size += len(s)
        if self.size > self.limit:
            raise _OutputLimit()
        self.parts.append(s)
        return len(s)

    def text(self) -> str:
        return "".join(self.parts)

    def reset(self) -> None:
        self.size, self.parts = 0, []


class _Outcome:
    """What one evaluation ended in: a value, or a status with an error text."""

    def __init__(self, value=None, status: Optional[Status] = None, error: Optional[str] = None):
        self.value, self.status, self.error = value, status, error

    @property
    def ok(self) -> bool:
        return self.status is None


class QliteEngine:
    name = EngineName.QLITE

    def describe(self) -> tuple[bool, str]:
        try:
            import qlite
        except ImportError as e:  # pragma: no cover - qlite ships with qrl
            return False, f"qlite not importable: {e}"
        return True, f"qlite {getattr(qlite, '__version__', '')}".strip()

    # -- the job: load once to learn about compile errors, then one fresh interpreter per test --

    def run(self, submission: Submission, limits: Limits) -> SubmissionResult:
        start = time.perf_counter()
        deadline = start + limits.submission_timeout_s
        tests = submission.tests
        first, load = self._load(submission.code, limits)
        if not load.ok:
            status = load.status if load.status in (Status.TIMEOUT, Status.MEMORY, Status.NYI) else Status.ERROR
            return SubmissionResult.all_failed(len(tests), status, f"load: {load.error}",
                                               _ms(start), compile_error=load.error)
        results = []
        for i, test in enumerate(tests):
            if time.perf_counter() >= deadline:
                results.append(TestResult(status=Status.TIMEOUT, error="submission time budget spent"))
                continue
            t0 = time.perf_counter()
            state, outcome = (first, load) if i == 0 else self._load(submission.code, limits)
            if state is None:  # loaded once, not twice: the second load hit a budget
                results.append(TestResult(status=outcome.status, error=outcome.error, elapsed_ms=_ms(t0)))
                continue
            result = self._run_test(*state, test, limits)
            result.elapsed_ms = _ms(t0)
            results.append(result)
        return SubmissionResult.of(results, _ms(start))

    def _new(self, limits: Limits):
        import qlite
        out, err = _CappedText(limits.output_bytes), _CappedText(limits.output_bytes)
        qlimits = qlite.Limits(max_seconds=limits.test_timeout_s,
                               max_memory_bytes=limits.memory_mb << 20)
        return qlite.Interpreter(sandbox=True, limits=qlimits, stdout=out, stderr=err), out, err

    def _load(self, code: str, limits: Limits):
        """((interp, stdout, stderr) or None, outcome) after evaluating the solution."""
        try:
            interp, out, err = self._new(limits)
        except Exception as e:  # an interpreter that cannot start is an engine fault, not the code's
            return None, _Outcome(status=Status.ERROR, error=f"engine: {type(e).__name__}: {e}")
        outcome = _evaluate(interp, code, limits.test_timeout_s, err)
        return ((interp, out, err) if outcome.ok else None), outcome

    def _run_test(self, interp, out: _CappedText, err: _CappedText, test, limits: Limits) -> TestResult:
        out.reset()
        if isinstance(test, ValueTest):
            expected = _expected_value(test.expected, limits)
            if not expected.ok:
                return TestResult(status=Status.ERROR, error=f"expected: {expected.error}")
            got = _evaluate(interp, test.call, limits.test_timeout_s, err)
            if not got.ok:
                return TestResult(status=got.status, error=got.error)
            import qlite
            try:
                same = qlite.match(got.value, expected.value)
            except Exception as e:  # match must not fail; if it does, the test cannot pass
                return TestResult(status=Status.ERROR, error=f"match: {type(e).__name__}")
            return TestResult(status=Status.PASS if same else Status.FAIL)
        assert isinstance(test, OutputTest)
        got = _evaluate(interp, test.code, limits.test_timeout_s, err)
        if not got.ok:
            return TestResult(status=got.status, error=got.error)
        same = out.text().rstrip() == test.expected_output.rstrip()
        return TestResult(status=Status.PASS if same else Status.FAIL)


def _expected_value(text: str, limits: Limits) -> _Outcome:
    """Evaluate an expected value where no solution code has ever run."""
    import qlite
    err = _CappedText(limits.output_bytes)
    pristine = qlite.Interpreter(sandbox=True, stdout=_CappedText(limits.output_bytes), stderr=err,
                                 limits=qlite.Limits(max_seconds=limits.test_timeout_s,
                                                     max_memory_bytes=limits.memory_mb << 20))
    return _evaluate(pristine, text, limits.test_timeout_s, err)


def _evaluate(interp, src: str, timeout_s: float, err: _CappedText) -> _Outcome:
    """Run q source; map everything that can happen to a value or a (status, error)."""
    import qlite
    err.reset()
    started = time.perf_counter()
    alarm = threading.current_thread() is threading.main_thread()
    if alarm:  # backstop for a native call that outlives qlite's own clock
        signal.signal(signal.SIGALRM, _raise_deadline)
        signal.setitimer(signal.ITIMER_REAL, timeout_s + 0.5)
    try:
        value = interp.eval(src)
    except qlite.QError as e:
        return _Outcome(status=status_of_q_error(e.name), error=e.name)
    except qlite.QExit as e:
        return _Outcome(status=Status.ERROR, error=f"exit {e.code}")
    except _Deadline:
        return _Outcome(status=Status.TIMEOUT, error="stop")
    except _OutputLimit:
        return _Outcome(status=Status.ERROR, error="output limit")
    except MemoryError:
        return _Outcome(status=Status.MEMORY, error="wsfull")
    except RecursionError:
        return _Outcome(status=Status.ERROR, error="stack")
    except Exception as e:  # a qlite bug: never a pass, and say which
        return _Outcome(status=Status.ERROR, error=f"engine: {type(e).__name__}: {str(e)[:200]}")
    finally:
        if alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
    if err.size:
        return _Outcome(status=Status.ERROR, error="stderr output")
    if time.perf_counter() - started > timeout_s:  # a trapped 'stop must not turn a slow answer into a pass
        return _Outcome(status=Status.TIMEOUT, error="stop")
    return _Outcome(value=value)


def _raise_deadline(signum, frame):
    raise _Deadline()


def _ms(since: float) -> float:
    return round((time.perf_counter() - since) * 1000, 3)
