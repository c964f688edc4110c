"""The qbinary engine: runs a submission in a child process of any q-compatible executable.

Job lifecycle: prepare (private temp dir: solution, test scripts, harness, a fresh nonce) → run
(`$Q_BINARY harness.q -q`, stdin closed, own process group, rlimits) → collect (results are only
the stdout lines carrying the nonce; a test that overruns its time kills the child and the rest
run in a new one) → clean (kill the process group, remove the temp dir).

Why a pass cannot be faked: the harness reads the nonce from a file and deletes it before any
solution code runs, keeps it and the expected values (evaluated before the solution loads) in
locals of its own lambda, which q code cannot reach, and uses only primitives and keywords it
captured before the solution could redefine them. Anything the solution prints, a premature
`exit`, or any stderr output cannot produce a nonce-marked pass.
"""
from __future__ import annotations

import base64
import os
import resource
import secrets
import selectors
import shutil
import signal
import subprocess
import tempfile
import time
from typing import Optional

from executor.models import (EngineName, Limits, OutputTest, Status, Submission, SubmissionResult,
                             TestResult, ValueTest)

# address space for the q process beyond the memory budget: an interpreter such as qlite (Python,
# numpy) needs far more virtual memory at start than kdb+ does
AS_SLACK_MB = int(os.environ.get("QRL_QBINARY_AS_SLACK_MB", "1024"))
EXTRA_ARGS = os.environ.get("QRL_QBINARY_ARGS", "-q").split()

# The whole run is this one console line, sent on stdin (then closed) to `$Q_BINARY -q`. The nonce and
# the test texts exist only as arguments of the lambda: locals no q code can reach. Keywords are captured
# before the solution loads; expected values are evaluated before it loads. Scripts load with `\l` where
# the binary supports it (kdb+: exact script semantics), else with `value` (qlite: script chunks).
HARNESS = (
    '{[n;st;X;C;K;S] v:value; s:string; f:first; c:count; h:{(x;y)}[n]; '
    'E:{@[x;y;z]}[v;;h] each X; '
    'ld:$[`fail~@[v;"\\\\l qrl_probe.q";{`fail}]; {[v;t;x] v t}[v]; {[v;t;x] v "\\\\l ",x}[v]]; '
    '-2 n," L"; L:@[ld[S];"solution.q";h]; '
    'if[(2=c L)&n~f L; -1 n," C ",L 1; :()]; '
    '-1 n," O"; i:st; '
    'while[i<c K; -2 n," T ",s i; -1 n," T ",s i; '
    '$[K[i]~"v"; '
    '$[(2=c E i)&n~f E i; -1 n," R ",s[i]," bad ",(E i)1; '
    '[r:@[v;C i;h]; $[(2=c r)&n~f r; -1 n," R ",s[i]," error ",r 1; '
    '-1 n," R ",s[i]," ",$[r~E i;"pass";"fail"]]]]; '
    '[r:@[ld[C i];"t",s[i],".q";h]; -1 "\\n",n," E ",s[i]," ",$[(2=c r)&n~f r;"error ",r 1;"ok"]]]; '
    'i+:1]; '
    '-1 n," D";}')


def q_string(text: str) -> str:
    """A q string literal (always a list, never a char atom) for arbitrary text."""
    out = []
    for b in text.encode("utf-8", "surrogateescape"):
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
    return '(),"' + "".join(out) + '"'


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
        results: list[Optional[TestResult]] = [None] * len(tests)
        compile_error = None
        work = tempfile.mkdtemp(prefix="qrl-run-")
        try:
            self._prepare(work, submission)
            deadline = start + limits.submission_timeout_s
            first = 0
            while True:
                run = _Run(self, work, submission.code, tests, first, limits, deadline)
                run.go()
                if run.compile_error is not None:
                    compile_error = run.compile_error
                    status = run.compile_status
                    for i in range(first, len(tests)):
                        results[i] = TestResult(status=status, error=f"load: {compile_error}")
                    break
                for i, r in run.results.items():
                    results[i] = r
                if run.stopped_at is None or run.stopped_at + 1 >= len(tests):
                    break
                first = run.stopped_at + 1  # a test overran: the rest run in a fresh process
            for i, r in enumerate(results):
                if r is None:
                    results[i] = TestResult(status=Status.TIMEOUT if time.perf_counter() >= deadline
                                            else Status.ERROR, error="no result (the process ended early)")
        finally:
            shutil.rmtree(work, ignore_errors=True)
        elapsed = round((time.perf_counter() - start) * 1000, 3)
        return SubmissionResult.of(results, elapsed, compile_error)

    def _prepare(self, work: str, submission: Submission) -> None:
        def write(name: str, text: str) -> None:
            with open(os.path.join(work, name), "wb") as f:
                f.write(text.encode("utf-8", "surrogateescape") if text else b"")

        write("solution.q", submission.code.replace("\r\n", "\n") + "\n")
        write("qrl_probe.q", "")  # does this binary load scripts with \\l? (qlite does not)
        for i, t in enumerate(submission.tests):
            if isinstance(t, OutputTest):
                write(f"t{i}.q", t.code + "\n")


class _Run:
    """One child process running tests[first:] until done, a test overruns, or the budget ends."""

    def __init__(self, engine: QBinaryEngine, work: str, solution: str, tests: list, first: int,
                 limits: Limits, deadline: float):
        self.engine, self.work, self.tests, self.first, self.limits = engine, work, tests, first, limits
        self.solution = solution
        self.deadline = deadline
        self.nonce = secrets.token_hex(16)
        self.results: dict[int, TestResult] = {}
        self.compile_error: Optional[str] = None
        self.compile_status = Status.ERROR
        self.stopped_at: Optional[int] = None  # the test that was killed
        self.current: Optional[int] = None  # the test running now; None while loading
        self.test_started = 0.0
        self.out_buf = b""
        self.segment_bytes = 0  # stdout bytes since the last marker
        self.output: list[bytes] = []  # an output test's stdout so far
        self.stderr_seen: set = set()  # tests (or None: the load) that wrote to stderr
        self.err_buf = b""  # an unterminated stderr line
        self.err_tail = b""  # the last stderr bytes, for the reason a process died
        self.nproc = 0
        self.err_current: Optional[int] = None
        self.done = False

    def _line(self) -> bytes:
        kinds = "".join("v" if isinstance(t, ValueTest) else "o" for t in self.tests)
        expected = [t.expected if isinstance(t, ValueTest) else "::" for t in self.tests]
        code = [t.call if isinstance(t, ValueTest) else t.code for t in self.tests]
        args = [q_string(self.nonce), str(self.first), q_strings(expected), q_strings(code), q_string(kinds),
                q_string(self.solution)]
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
            with _suppress():
                os.killpg(proc.pid, signal.SIGKILL)  # the solution's background children too
            proc.wait()
            self._drain_stderr(proc)
            proc.stdout.close()
            proc.stderr.close()
        self._apply_stderr()
        if self.compile_error is None and not self.done and self.current is None:
            # died while loading: an exit, a crash, or memory
            self.compile_error = self._death_reason(proc.returncode)
            self.compile_status = Status.MEMORY if "memory" in self.compile_error else Status.ERROR
        elif self.current is not None and self.current not in self.results and self.stopped_at is None:
            why = self._death_reason(proc.returncode)
            status = Status.MEMORY if "memory" in why else Status.ERROR
            self.results[self.current] = TestResult(status=status, error=why, elapsed_ms=self._elapsed())

    def _death_reason(self, code: Optional[int]) -> str:
        err = self.err_tail.decode("utf-8", "replace")
        if "wsfull" in err or code in (-signal.SIGKILL, -signal.SIGSEGV) and "memory" in err.lower():
            return "wsfull (out of memory)"
        if code == -signal.SIGXCPU:
            return "cpu time limit"
        if code is not None and code < 0:
            return f"killed by signal {-code}"
        return f"exit {code}" if code is not None else "the process ended early"

    def _elapsed(self) -> float:
        return round((time.perf_counter() - self.test_started) * 1000, 3)

    def _collect(self, proc: subprocess.Popen) -> None:
        sel = selectors.DefaultSelector()
        sel.register(proc.stdout, selectors.EVENT_READ, "out")
        sel.register(proc.stderr, selectors.EVENT_READ, "err")
        open_streams = 2
        load_deadline = time.perf_counter() + self.limits.test_timeout_s + 5.0  # process start + load
        while open_streams and not self.done:
            now = time.perf_counter()
            if self.current is None:
                until = min(load_deadline, self.deadline)
            else:
                until = min(self.test_started + self.limits.test_timeout_s, self.deadline)
            if now >= until:
                self._overran(now >= self.deadline)
                return
            for key, _ in sel.select(timeout=until - now):
                chunk = os.read(key.fileobj.fileno(), 65536)
                if not chunk:
                    sel.unregister(key.fileobj)
                    open_streams -= 1
                    continue
                if key.data == "err":
                    self._stderr(chunk)
                elif not self._stdout(chunk):
                    return  # a limit was hit; the process gets killed
            if self.compile_error is not None:
                return

    def _overran(self, whole_budget: bool) -> None:
        why = "submission time budget spent" if whole_budget else "stop"
        if self.current is None:
            self.compile_error, self.compile_status = why, Status.TIMEOUT
            return
        self.results[self.current] = TestResult(status=Status.TIMEOUT, error=why, elapsed_ms=self._elapsed())
        self.stopped_at = None if whole_budget else self.current

    # -- parsing the two streams --

    def _drain_stderr(self, proc: subprocess.Popen) -> None:
        """What the process wrote to stderr before it ended is still in the pipe: read it all."""
        os.set_blocking(proc.stderr.fileno(), False)
        while True:
            try:
                chunk = os.read(proc.stderr.fileno(), 65536)
            except (BlockingIOError, OSError):
                break
            if not chunk:
                break
            self._stderr(chunk)
        self._stderr(b"\n")

    def _apply_stderr(self) -> None:
        """Any stderr output turns the load into an error, or the test it came from into an error."""
        if None in self.stderr_seen and self.compile_error is None:
            self.compile_error = "stderr output"
            return
        for i, r in self.results.items():
            if i in self.stderr_seen and r.status in (Status.PASS, Status.FAIL):
                self.results[i] = TestResult(status=Status.ERROR, error="stderr output", elapsed_ms=r.elapsed_ms)

    def _stderr(self, chunk: bytes) -> None:
        self.err_tail = (self.err_tail + chunk)[-65536:]
        self.err_buf += chunk
        lines = self.err_buf.split(b"\n")
        self.err_buf = lines.pop()  # an unterminated line waits for the rest
        if len(self.err_buf) > 4096:  # a flood without newlines: it is output either way
            self.stderr_seen.add(self.err_current)
            self.err_buf = self.err_buf[-200:]
        marker = self.nonce.encode()
        # stderr between our markers belongs to the test that was running (or to the load)
        for line in lines:
            if marker in line:
                head, tail = line.split(marker, 1)
                if head.strip():  # the unterminated stderr line before our marker
                    self.stderr_seen.add(self.err_current)
                tail = tail.split()
                self.err_current = int(tail[1]) if len(tail) >= 2 and tail[0] == b"T" else None
            elif line.strip():
                self.stderr_seen.add(self.err_current)

    def _stdout(self, chunk: bytes) -> bool:
        self.out_buf += chunk
        marker = self.nonce.encode()
        while True:
            cut = self.out_buf.find(b"\n")
            if cut < 0:
                break
            line, self.out_buf = self.out_buf[:cut + 1], self.out_buf[cut + 1:]
            pos = line.find(marker)
            if pos < 0:
                if not self._plain(line):
                    return False
                continue
            if pos > 0 and not self._plain(line[:pos]):
                return False
            self._marker(line[pos + len(marker):].decode("utf-8", "replace").split(maxsplit=3))
            if self.done or self.compile_error is not None:
                return True
        # an unterminated line still counts against the output budget
        if len(self.out_buf) + self.segment_bytes > self.limits.output_bytes:
            return self._plain(b"")
        return True

    def _plain(self, data: bytes) -> bool:
        """Non-marker stdout: an output test's output, or noise (load output, prints in a value test)."""
        self.segment_bytes += len(data)
        if self.segment_bytes + len(self.out_buf) > self.limits.output_bytes:
            if self.current is None:
                self.compile_error = "output limit"
            else:
                self.results[self.current] = TestResult(status=Status.ERROR, error="output limit",
                                                        elapsed_ms=self._elapsed())
                self.stopped_at = self.current
            return False
        if self.current is not None and isinstance(self.tests[self.current], OutputTest):
            self.output.append(data)
        return True

    def _marker(self, parts: list[str]) -> None:
        self.segment_bytes = 0
        kind = parts[0] if parts else ""
        if kind == "C":  # the solution did not load
            self.compile_error = " ".join(parts[1:]) or "load error"
        elif kind == "T":
            self.current, self.test_started, self.output = int(parts[1]), time.perf_counter(), []
        elif kind in ("R", "E") and self.current is not None and int(parts[1]) == self.current:
            self.results[self.current] = self._verdict(kind, parts[2:])
            self.current = None
        elif kind == "D":
            self.done = True

    def _verdict(self, kind: str, rest: list[str]) -> TestResult:
        i, elapsed = self.current, self._elapsed()
        if i in self.stderr_seen:
            return TestResult(status=Status.ERROR, error="stderr output", elapsed_ms=elapsed)
        word = rest[0] if rest else ""
        if word == "error":
            from executor.engines.base import status_of_q_error
            name = rest[1].strip() if len(rest) > 1 else "error"
            return TestResult(status=status_of_q_error(name), error=name, elapsed_ms=elapsed)
        if word == "bad":
            return TestResult(status=Status.ERROR, error="expected: " + (rest[1].strip() if len(rest) > 1 else ""),
                              elapsed_ms=elapsed)
        if kind == "R":
            return TestResult(status=Status.PASS if word == "pass" else Status.FAIL, elapsed_ms=elapsed)
        test = self.tests[i]
        out = b"".join(self.output)
        if out.endswith(b"\n"):
            out = out[:-1]  # the newline the harness printed before its end marker
        same = out.decode("utf-8", "replace").rstrip() == test.expected_output.rstrip()
        return TestResult(status=Status.PASS if same else Status.FAIL, elapsed_ms=elapsed)


class _suppress:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return exc[0] is not None and issubclass(exc[0], (ProcessLookupError, PermissionError))


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
