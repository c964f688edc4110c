"""The qbinary engine: runs a submission in a child process of any q-compatible executable.

Job lifecycle: prepare (a private temp dir: solution.q, one script per output test) → run
(`$Q_BINARY -q` in its own process group under rlimits; one harness line on stdin, then EOF) →
collect (progress markers on stderr drive the timeouts; verdicts are the stdout lines carrying this
run's nonce; a test that overruns kills the process and the tests left run in a new one) → clean
(kill the process group, remove the temp dir).

Why a pass cannot be faked: the nonce, the tests and the solution reach the child only as arguments
of the harness lambda on stdin, so they live in locals no q code can reach; keywords are captured
and expected values evaluated before the solution loads. Whatever the solution prints, a premature
`exit`, or any stderr output cannot produce a nonce-marked pass.
"""
from __future__ import annotations

import base64
import contextlib
import os
import re
import resource
import secrets
import selectors
import shutil
import signal
import subprocess
import tempfile
import time
from typing import Optional

from executor.engines.base import status_of_q_error
from executor.models import (EngineName, Limits, OutputTest, Status, Submission, SubmissionResult,
                             TestResult, ValueTest)

# address space for the q process beyond the memory budget: an interpreter such as qlite (Python,
# numpy) needs far more virtual memory at start than kdb+ does
AS_SLACK_MB = int(os.environ.get("QRL_QBINARY_AS_SLACK_MB", "1024"))
EXTRA_ARGS = os.environ.get("QRL_QBINARY_ARGS", "-q").split()
_START_S = 5.0  # allowance for the process to start, beyond the load's own time budget

# The whole run is this one console line, sent on stdin (then closed) to `$Q_BINARY -q`. The nonce and
# the test texts exist only as arguments of the lambda: locals no q code can reach. Keywords are captured
# before the solution loads; expected values are evaluated before it loads. Scripts load with `\l` where
# the binary supports it (kdb+: exact script semantics), else with `value` (qlite, whose `value` runs
# script chunks): QRL_QBINARY_LOAD=l|value, by default `value` for a binary named qlite*.
# Progress markers go to stderr (written at once by kdb+ and qlite alike) and drive the timeouts;
# verdicts go to stdout (qlite's console hands a line's stdout over only when the line ends).
HARNESS = (
    '{[n;R;X;C;K;S;B] v:value; s:string; f:first; c:count; h:{(x;y)}[n]; '
    'E:{@[x;y;z]}[v;;h] each X; '
    'ld:$[B; {[v;t;x] v "\\\\l ",x}[v]; {[v;t;x] v t}[v]]; '
    '-2 n," L"; L:@[ld[S];"solution.q";h]; '
    'if[(2=c L)&n~f L; -2 n," O"; -1 n," C ",L 1; :()]; '
    '-2 n," O"; -1 n," O"; i:0; '
    'while[i<c R; j:R i; -2 n," T ",s j; -1 n," T ",s j; '
    '$[K[j]~"v"; '
    '$[(2=c E j)&n~f E j; -1 n," R ",s[j]," bad ",(E j)1; '
    '[r:@[v;C j;h]; $[(2=c r)&n~f r; -1 n," R ",s[j]," error ",r 1; '
    '-1 n," R ",s[j]," ",$[r~E j;"pass";"fail"]]]]; '
    '[r:@[ld[C j];"t",s[j],".q";h]; -1 "\\n",n," E ",s[j]," ",$[(2=c r)&n~f r;"error ",r 1;"ok"]]]; '
    '-2 n," F ",s j; i+:1]; '
    '-1 n," D";}')


def q_string(text: str) -> str:
    """A q string literal (always a list, never a char atom) for arbitrary text."""
    raw = text.encode("utf-8", "surrogateescape")
    out = []
    for b in raw:
        ch = chr(b)
        if ch == '"' or ch == "\\":
            out.append("\\" + ch)
        elif 32 <= b < 127:
            out.append(ch)
        elif b == 10:
            out.append("\\n")
        elif b == 9:
            out.append("\\t")
        elif b == 13:
            out.append("\\r")
        else:
            out.append("\\%03o" % b)
    literal = '"' + "".join(out) + '"'
    return "enlist " + literal if len(raw) == 1 else literal  # "a" alone would be a char atom


def q_strings(texts: list[str]) -> str:
    if not texts:
        return "()"
    if len(texts) == 1:
        return "enlist " + q_string(texts[0])
    return "(" + ";".join(q_string(t) for t in texts) + ")"


def _licence_dir() -> Optional[str]:
    """QLIC for the child: a private dir holding a licence from the environment, if one is given."""
    files = {"kc.lic": os.environ.get("KDB_LICENSE_B64"), "k4.lic": os.environ.get("KDB_K4LICENSE_B64")}
    if not any(files.values()):
        return os.environ.get("QLIC")
    path = tempfile.mkdtemp(prefix="qrl-qlic-")
    for name, b64 in files.items():
        if b64:
            with open(os.open(os.path.join(path, name), os.O_WRONLY | os.O_CREAT, 0o600), "wb") as f:
                f.write(base64.b64decode(b64))
    return path


class QBinaryEngine:
    name = EngineName.QBINARY

    def __init__(self, binary: Optional[str] = None):
        self.binary = binary or os.environ.get("Q_BINARY", "q")
        load = os.environ.get("QRL_QBINARY_LOAD", "")
        self.loads_scripts = load == "l" or (not load and not os.path.basename(self.binary).startswith("qlite"))
        self._qlic: Optional[str] = None
        self._qlic_ready = False

    def describe(self) -> tuple[bool, str]:
        path = shutil.which(self.binary)
        return (path is not None, path or f"{self.binary} not found (set Q_BINARY)")

    def _env(self, home: str) -> dict:
        if not self._qlic_ready:
            self._qlic, self._qlic_ready = _licence_dir(), True
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home, "LANG": "C.UTF-8",
               "PYTHONUNBUFFERED": "1", "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
        for key in ("QHOME",):
            if key in os.environ:
                env[key] = os.environ[key]
        if self._qlic:
            env["QLIC"] = self._qlic
        return env

    # -- prepare → run → collect → clean --

    def run(self, submission: Submission, limits: Limits) -> SubmissionResult:
        start = time.perf_counter()
        tests = submission.tests
        results: dict[int, TestResult] = {}
        compile_error = None
        work = tempfile.mkdtemp(prefix="qrl-run-")
        try:
            self._prepare(work, submission)
            deadline = start + limits.submission_timeout_s
            pending = list(range(len(tests)))
            while pending and time.perf_counter() < deadline:
                run = _Run(self, work, submission.code, tests, pending, limits, deadline)
                run.go()
                if run.compile_error is not None:
                    compile_error = run.compile_error
                    for i in pending:
                        results[i] = TestResult(status=run.compile_status, error=f"load: {compile_error}")
                    break
                results.update(run.results)
                left = [i for i in pending if i not in results]
                if len(left) == len(pending):
                    break  # no progress: the process ends before any test; do not spin
                pending = left  # a test overran: the others run again in a fresh process
            for i in range(len(tests)):
                if i not in results:
                    results[i] = TestResult(status=Status.TIMEOUT if time.perf_counter() >= deadline
                                            else Status.ERROR, error="no result (the process ended early)")
        finally:
            shutil.rmtree(work, ignore_errors=True)
        elapsed = round((time.perf_counter() - start) * 1000, 3)
        return SubmissionResult.of([results[i] for i in range(len(tests))], elapsed, compile_error)

    def _prepare(self, work: str, submission: Submission) -> None:
        def write(name: str, text: str) -> None:
            with open(os.path.join(work, name), "wb") as f:
                f.write(text.encode("utf-8", "surrogateescape") if text else b"")

        write("solution.q", submission.code.replace("\r\n", "\n") + "\n")
        for i, t in enumerate(submission.tests):
            if isinstance(t, OutputTest):
                write(f"t{i}.q", t.code + "\n")


class _Run:
    """One child process running the `todo` tests until done, a test overruns, or the budget ends.

    stderr carries progress markers (L load, O loaded, T i started, F i finished) and anything the
    code wrote there; stdout carries the verdicts (C load error, R i value test, E i output test
    end, D done) and the code's prints. Only lines holding this run's nonce are markers.
    """

    def __init__(self, engine: QBinaryEngine, work: str, solution: str, tests: list, todo: list[int],
                 limits: Limits, deadline: float):
        self.engine, self.work, self.tests, self.todo, self.limits = engine, work, tests, todo, limits
        self.solution, self.deadline = solution, deadline
        self.nonce = secrets.token_hex(16)
        self.marker = self.nonce.encode()
        self.results: dict[int, TestResult] = {}
        self.compile_error: Optional[str] = None
        self.compile_status = Status.ERROR
        self.nproc = 0
        # stderr side: what is running now, for timeouts, elapsed times and stderr attribution
        self.phase = "start"  # start → load → idle ⇄ test → (process ends)
        self.running: Optional[int] = None
        self.started: dict[int, float] = {}
        self.elapsed: dict[int, float] = {}
        self.load_started = time.perf_counter()
        self.err_buf = b""  # an unterminated stderr line
        self.err_tail = b""  # the last stderr bytes, for the reason a process died
        self.stderr_seen: set = set()  # tests (or "load") that wrote to stderr
        # stdout side: verdicts and output tests' output
        self.out_buf = b""
        self.out_tail = b""  # the last stdout bytes: an untrappable error ('wsfull) shows here
        self.out_test: Optional[int] = None  # the test whose stdout is arriving
        self.output: dict[int, list[bytes]] = {}
        self.segment_bytes = 0  # stdout bytes since the last marker
        self.verdicts: dict[int, tuple] = {}
        self.overflow: set = set()  # tests (or "load") over the output budget
        self.done = False
        self.killed: Optional[int] = None  # the test that overran

    def _line(self) -> bytes:
        kinds = "".join("v" if isinstance(t, ValueTest) else "o" for t in self.tests)
        expected = [t.expected if isinstance(t, ValueTest) else "::" for t in self.tests]
        code = [t.call if isinstance(t, ValueTest) else t.code for t in self.tests]
        todo = " ".join(map(str, self.todo))
        todo = "enlist " + todo if len(self.todo) == 1 else todo
        args = [q_string(self.nonce), todo, q_strings(expected), q_strings(code), q_string(kinds),
                q_string(self.solution), "1b" if self.engine.loads_scripts else "0b"]
        return (HARNESS + "[" + ";".join(args) + "]\n").encode("latin-1")

    def _limits(self) -> None:
        mem = (max(self.limits.memory_mb, 64) + AS_SLACK_MB) << 20
        cpu = int(self.limits.submission_timeout_s) + 2
        resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        fsize = max(self.limits.output_bytes, 1 << 20)
        resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if self.nproc:
            resource.setrlimit(resource.RLIMIT_NPROC, (self.nproc, self.nproc))

    def go(self) -> None:
        self.nproc = _nproc_budget()
        try:
            proc = subprocess.Popen([self.engine.binary, *EXTRA_ARGS], cwd=self.work,
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    env=self.engine._env(self.work), start_new_session=True,
                                    preexec_fn=self._limits)
        except OSError as e:
            self.compile_error = f"cannot start {self.engine.binary}: {e}"
            return
        try:
            try:  # the one line, then EOF: the process exits when it is done
                proc.stdin.write(self._line())
                proc.stdin.close()
            except (BrokenPipeError, OSError):
                pass
            self._collect(proc)
        finally:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)  # the solution's background children too
            proc.wait()
            self._drain(proc)
            proc.stdout.close()
            proc.stderr.close()
        self._judge(proc.returncode)

    # -- reading both pipes until the process ends, a budget runs out, or output overflows --

    def _collect(self, proc: subprocess.Popen) -> None:
        sel = selectors.DefaultSelector()
        sel.register(proc.stdout, selectors.EVENT_READ, "out")
        sel.register(proc.stderr, selectors.EVENT_READ, "err")
        open_streams = 2
        while open_streams and not self.done:
            now = time.perf_counter()
            if self.phase in ("start", "load"):  # process start-up and loading the solution
                until = self.load_started + self.limits.test_timeout_s + _START_S
            elif self.phase == "test":
                until = self.started[self.running] + self.limits.test_timeout_s
            else:
                until = self.deadline
            until = min(until, self.deadline)
            if now >= until:
                self._overran(now >= self.deadline)
                return
            for key, _ in sel.select(timeout=until - now):
                chunk = os.read(key.fileobj.fileno(), 65536)
                if not chunk:
                    sel.unregister(key.fileobj)
                    open_streams -= 1
                elif key.data == "err":
                    self._stderr(chunk)
                elif not self._stdout(chunk):
                    return  # over the output budget: the process gets killed

    def _overran(self, whole_budget: bool) -> None:
        if self.phase in ("start", "load"):
            self.compile_error = "submission time budget spent" if whole_budget else "stop"
            self.compile_status = Status.TIMEOUT
        elif self.phase == "test":
            self.killed = self.running
            self.elapsed[self.running] = round((time.perf_counter() - self.started[self.running]) * 1000, 3)

    def _drain(self, proc: subprocess.Popen) -> None:
        """What the process wrote before it ended is still in the pipes: read it all."""
        for stream, eat in ((proc.stderr, self._stderr), (proc.stdout, self._stdout)):
            os.set_blocking(stream.fileno(), False)
            while True:
                try:
                    chunk = os.read(stream.fileno(), 65536)
                except (BlockingIOError, OSError):
                    break
                if not chunk or eat(chunk) is False:
                    break
        if self.err_buf:  # an unterminated last stderr line
            self._stderr(b"\n")

    # -- stderr: progress markers and the code's own stderr output --

    def _stderr(self, chunk: bytes) -> None:
        self.err_tail = (self.err_tail + chunk)[-65536:]
        self.err_buf += chunk
        lines = self.err_buf.split(b"\n")
        self.err_buf = lines.pop()  # an unterminated line waits for the rest
        if len(self.err_buf) > 4096:  # a flood without newlines is stderr output either way
            self._stderr_noise()
            self.err_buf = self.err_buf[-200:]
        for line in lines:  # every complete line that is not one of our markers is the program's
            head, found, tail = line.partition(self.marker)
            if head or not found:
                self._stderr_noise()
            if found:
                self._progress(tail.decode("latin-1").split())

    def _stderr_noise(self) -> None:
        self.stderr_seen.add(self.running if self.phase == "test" else "load" if self.phase != "idle" else None)

    def _progress(self, parts: list[str]) -> None:
        now = time.perf_counter()
        kind = parts[0] if parts else ""
        if kind == "L":
            self.phase, self.load_started = "load", now
        elif kind == "O":
            self.phase = "idle"
        elif kind == "T" and len(parts) > 1:
            self.phase, self.running = "test", int(parts[1])
            self.started[self.running] = now
        elif kind == "F" and len(parts) > 1 and self.running is not None:
            self.elapsed[self.running] = round((now - self.started[self.running]) * 1000, 3)
            self.phase, self.running = "idle", None

    # -- stdout: verdicts, and the output of output tests --

    def _stdout(self, chunk: bytes) -> bool:
        self.out_buf += chunk
        self.out_tail = (self.out_tail + chunk)[-4096:]
        while True:
            cut = self.out_buf.find(b"\n")
            if cut < 0:
                break
            line, self.out_buf = self.out_buf[:cut + 1], self.out_buf[cut + 1:]
            head, found, tail = line.partition(self.marker)
            if not self._plain(head if found else line):
                return False
            if found:
                self._verdict_line(tail.decode("utf-8", "replace").split(maxsplit=3))
        return self._plain(b"", pending=len(self.out_buf))

    def _plain(self, data: bytes, pending: int = 0) -> bool:
        """Stdout that is not a marker: an output test's output, or noise (prints while loading or in a
        value test). Past the budget, the process is stopped."""
        self.segment_bytes += len(data)
        if self.segment_bytes + pending > self.limits.output_bytes:
            self.overflow.add("load" if self.out_test is None else self.out_test)
            if self.out_test is not None and self.phase == "test":
                self.killed = self.out_test
            return False
        if data and self.out_test is not None:
            self.output.setdefault(self.out_test, []).append(data)
        return True

    def _verdict_line(self, parts: list[str]) -> None:
        self.segment_bytes = 0
        kind = parts[0] if parts else ""
        if kind == "C":  # the solution did not load
            self.compile_error = (" ".join(parts[1:]) or "load error").strip()
            self.compile_status = status_of_q_error(self.compile_error)
        elif kind == "T" and len(parts) > 1:
            self.out_test = int(parts[1])
            self.output[self.out_test] = []
        elif kind in ("R", "E") and len(parts) > 1 and self.out_test == int(parts[1]):
            self.verdicts[self.out_test] = (kind, parts[2:])
            self.out_test = None
        elif kind == "D":
            self.done = True

    # -- turning what was seen into results --

    def _judge(self, code: Optional[int]) -> None:
        if self.compile_error is None:
            if "load" in self.overflow:
                self.compile_error = "output limit"
            elif self.phase in ("start", "load"):  # died while loading: exit, crash or memory
                self.compile_status, self.compile_error = self._death_reason(code)
            elif "load" in self.stderr_seen:
                self.compile_error = "stderr output"
        if self.compile_error is not None:
            return
        for i, (kind, rest) in self.verdicts.items():
            self.results[i] = self._verdict(i, kind, rest)
        for i in self.overflow - {"load"}:
            self.results[i] = TestResult(status=Status.ERROR, error="output limit", elapsed_ms=self.elapsed.get(i, 0))
        for i in self.stderr_seen - {"load", None}:
            if i in self.results and self.results[i].status in (Status.PASS, Status.FAIL):
                self.results[i] = TestResult(status=Status.ERROR, error="stderr output",
                                             elapsed_ms=self.results[i].elapsed_ms)
        if self.killed is not None and self.killed not in self.results:
            self.results[self.killed] = TestResult(status=Status.TIMEOUT, error="stop",
                                                   elapsed_ms=self.elapsed.get(self.killed, 0))
        elif self.phase == "test" and self.running not in self.results:  # the process died in this test
            status, why = self._death_reason(code)
            self.results[self.running] = TestResult(
                status=status, error=why,
                elapsed_ms=round((time.perf_counter() - self.started[self.running]) * 1000, 3))
        # tests after a kill (or a death) have no verdict: the engine runs them again elsewhere

    def _verdict(self, i: int, kind: str, rest: list[str]) -> TestResult:
        elapsed = self.elapsed.get(i, 0.0)
        word = rest[0] if rest else ""
        if word == "error":
            name = rest[1].strip() if len(rest) > 1 else "error"
            return TestResult(status=status_of_q_error(name), error=name, elapsed_ms=elapsed)
        if word == "bad":
            return TestResult(status=Status.ERROR, elapsed_ms=elapsed,
                              error="expected: " + (rest[1].strip() if len(rest) > 1 else ""))
        if elapsed > self.limits.test_timeout_s * 1000:  # finished, but too late (a trapped 'stop)
            return TestResult(status=Status.TIMEOUT, error="stop", elapsed_ms=elapsed)
        if kind == "R":
            return TestResult(status=Status.PASS if word == "pass" else Status.FAIL, elapsed_ms=elapsed)
        out = b"".join(self.output.get(i, []))
        if out.endswith(b"\n"):
            out = out[:-1]  # the newline the harness printed before its end marker
        same = out.decode("utf-8", "replace").rstrip() == self.tests[i].expected_output.rstrip()
        return TestResult(status=Status.PASS if same else Status.FAIL, elapsed_ms=elapsed)

    def _death_reason(self, code: Optional[int]) -> tuple[Status, str]:
        """Why the process ended before its verdicts: an error no trap catches ('wsfull, 'stop, qlite's
        'nyi) ends the console line with `'name`; else a signal or an exit."""
        tail = (self.out_tail + b"\n" + self.err_tail).decode("utf-8", "replace")
        if "MemoryError" in tail:
            return Status.MEMORY, "wsfull"
        errors = re.findall(r"^'([\w.]+)\s*$", tail, re.MULTILINE)
        if errors:
            return status_of_q_error(errors[-1]), errors[-1]
        if code == -signal.SIGXCPU:
            return Status.TIMEOUT, "cpu time limit"
        if code is not None and code < 0:
            return Status.ERROR, f"killed by signal {-code}"
        return Status.ERROR, f"exit {code}" if code is not None else "the process ended early"


_NPROC: Optional[int] = None


def _nproc_budget() -> int:
    """RLIMIT_NPROC counts every process of the user: allow what runs now plus a few threads."""
    global _NPROC
    if _NPROC is None:
        uid, count = os.getuid(), 0
        for pid in os.listdir("/proc"):
            if pid.isdigit():
                try:
                    if os.stat(f"/proc/{pid}").st_uid == uid:
                        count += len(os.listdir(f"/proc/{pid}/task"))
                except OSError:
                    pass
        _NPROC = count + 64
    return _NPROC
