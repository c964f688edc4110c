"""The worker pool: a bounded queue of submissions served by worker slots, one job per slot at a time.

A slot is a local worker process (`executor.worker`, JSON lines over pipes) or a remote worker
reached over a unix socket (`qrl worker --socket`, the same HTTP API). Every accepted job gets
exactly one answer: a worker that crashes, hangs past the hard wall time or runs out of memory is
killed and replaced and its job answered as error/timeout/memory; a dead socket's job is retried on
another worker. The pool knows nothing of HTTP routes.
"""
from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

import httpx

from executor.models import EngineName, Limits, ServerCaps, Status, Submission, SubmissionResult

log = logging.getLogger("qrl.executor.pool")

# beyond the submission's own time budget, before the worker is presumed hung
_GRACE_S = 3.0
_MAX_ATTEMPTS = 3  # a job whose worker vanished is retried on another worker this many times
_SOCKET_SCAN_S = 0.5


class QueueFull(Exception):
    """The queue cannot take these jobs now; the caller should retry later (HTTP 429)."""


@dataclass
class Job:
    submission: Submission
    limits: Limits
    future: asyncio.Future
    enqueued: float = field(default_factory=time.perf_counter)
    attempts: int = 0


def hard_timeout(limits: Limits) -> float:
    return limits.submission_timeout_s + _GRACE_S


class _Retry(Exception):
    """The slot could not run the job (its worker vanished before starting it); requeue it."""


class LocalSlot:
    """A worker child process speaking JSON lines on its stdin/stdout."""

    def __init__(self, pool: "Pool", index: int):
        self.pool, self.index = pool, index
        self.proc: Optional[asyncio.subprocess.Process] = None
        self.name = f"local-{index}"
        self.busy = False
        self._starting: Optional[asyncio.Task] = None

    @property
    def pid(self) -> Optional[int]:
        return self.proc.pid if self.proc and self.proc.returncode is None else None

    async def start(self) -> None:
        env = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", PYTHONUNBUFFERED="1")
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "executor.worker", "--engine", self.pool.engine.value,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, env=env,
            limit=256 << 20, start_new_session=True)
        hello = await asyncio.wait_for(self.proc.stdout.readline(), 120)
        if not hello:
            raise RuntimeError(f"worker {self.name} exited while starting")

    async def kill(self) -> None:
        if self.proc is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.proc.pid, signal.SIGKILL)  # the worker and any q child it started
            await self.proc.wait()

    async def ensure(self) -> None:
        if self._starting is not None:  # a replacement started right after the last one died
            task, self._starting = self._starting, None
            with contextlib.suppress(Exception):
                await task
        if self.proc is None or self.proc.returncode is not None:
            if self.proc is not None:
                self.pool.on_restart("exited")
            await self.start()

    async def replace(self, reason: str) -> None:
        """Kill this worker and start another in the background, ready for the next job."""
        await self.kill()
        self.proc = None
        self.pool.on_restart(reason)
        if self.pool.running:
            self._starting = asyncio.create_task(self.start())

    async def run(self, job: Job) -> SubmissionResult:
        await self.ensure()
        n = len(job.submission.tests)
        line = json.dumps({"submission": job.submission.model_dump(mode="json"),
                           "limits": job.limits.model_dump(mode="json")}).encode() + b"\n"
        try:
            self.proc.stdin.write(line)
            await self.proc.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            await self.replace("crash")
            raise _Retry()
        try:
            answer = await asyncio.wait_for(self.proc.stdout.readline(), hard_timeout(job.limits))
        except asyncio.TimeoutError:
            await self.replace("timeout")
            return SubmissionResult.all_failed(n, Status.TIMEOUT, "worker killed: wall time exceeded",
                                               hard_timeout(job.limits) * 1000)
        if not answer:  # the worker died mid-job
            try:
                code = await asyncio.wait_for(self.proc.wait(), 5)
            except asyncio.TimeoutError:
                code = None
            # a SIGKILL nobody here sent is what the kernel's OOM killer (or a cgroup limit) does
            await self.replace("memory" if code == -signal.SIGKILL else "crash")
            if code == -signal.SIGKILL:
                return SubmissionResult.all_failed(n, Status.MEMORY, "worker killed by SIGKILL (out of memory?)")
            return SubmissionResult.all_failed(n, Status.ERROR, f"worker crashed (exit {code})")
        result = SubmissionResult.model_validate_json(answer)
        if any(t.status is Status.MEMORY or (t.error or "").startswith("worker:") for t in result.tests):
            await self.replace("recycled")  # the worker exits after such a job: start its successor now
        return result

    async def close(self) -> None:
        if self._starting is not None:
            self._starting.cancel()
            with contextlib.suppress(BaseException):
                await self._starting
        await self.kill()


class RemoteSlot:
    """A `qrl worker --socket PATH` process reached over its unix socket."""

    def __init__(self, pool: "Pool", path: str):
        self.pool, self.path, self.name = pool, path, f"socket:{Path(path).name}"
        self.http = httpx.AsyncClient(transport=httpx.AsyncHTTPTransport(uds=path), base_url="http://worker",
                                      timeout=httpx.Timeout(None, connect=2.0))
        self.pid = None
        self.gone = self.busy = False

    async def run(self, job: Job) -> SubmissionResult:
        body = job.submission.model_dump(mode="json")
        body["limits"] = job.limits.model_dump(mode="json")
        try:
            r = await self.http.post("/v1/execute", json=body, timeout=hard_timeout(job.limits) + 2.0)
        except httpx.TimeoutException:
            self.pool.on_restart("timeout")
            return SubmissionResult.all_failed(len(job.submission.tests), Status.TIMEOUT,
                                               "worker did not answer in time")
        except (httpx.TransportError, OSError):
            self.gone = True
            raise _Retry()
        if r.status_code != 200:  # busy or broken: let another worker have it
            if r.status_code >= 500 or r.status_code == 429:
                self.gone = r.status_code >= 500
                raise _Retry()
            return SubmissionResult.all_failed(len(job.submission.tests), Status.ERROR,
                                               f"worker answered {r.status_code}: {r.text[:200]}")
        return SubmissionResult.model_validate(r.json())

    async def close(self) -> None:
        await self.http.aclose()


class Pool:
    """`submit(submission)` -> future of the SubmissionResult; raises QueueFull when full."""

    def __init__(self, workers: int = 0, engine: EngineName = EngineName.QLITE,
                 caps: Optional[ServerCaps] = None, queue_capacity: int = 4096,
                 worker_sockets: Optional[str] = None,
                 on_result: Optional[Callable[[SubmissionResult, float], None]] = None,
                 on_restart: Optional[Callable[[str], None]] = None):
        self.size = workers or os.cpu_count() or 1
        self.engine = EngineName(engine)
        self.caps = caps or ServerCaps()
        self.capacity = queue_capacity
        self.worker_sockets = worker_sockets
        self._on_result = on_result
        self._on_restart = on_restart
        self.queue: asyncio.Queue[Job] = asyncio.Queue()
        self.slots: dict[str, object] = {}
        self._tasks: dict[str, asyncio.Task] = {}
        self._dead_sockets: dict[str, tuple] = {}
        self._scanner: Optional[asyncio.Task] = None
        self.running = False

    # -- lifecycle --

    async def start(self) -> None:
        self.running = True
        if self.worker_sockets:
            self._scanner = asyncio.create_task(self._scan_sockets())
            return
        slots = [LocalSlot(self, i) for i in range(self.size)]
        await asyncio.gather(*(s.start() for s in slots))
        for s in slots:
            self._add(s)

    async def stop(self) -> None:
        self.running = False
        if self._scanner:
            self._scanner.cancel()
        for t in list(self._tasks.values()):
            t.cancel()
        for s in list(self.slots.values()):
            await s.close()
        while not self.queue.empty():  # answer whatever is left, never drop it silently
            job = self.queue.get_nowait()
            self._answer(job, SubmissionResult.all_failed(len(job.submission.tests), Status.ERROR,
                                                          "executor shutting down"))

    def _add(self, slot) -> None:
        self.slots[slot.name] = slot
        self._tasks[slot.name] = asyncio.create_task(self._serve(slot))

    # -- the queue --

    @property
    def depth(self) -> int:
        return self.queue.qsize()

    @property
    def workers(self) -> int:
        return len(self.slots)

    def worker_pids(self) -> list[int]:
        return [s.pid for s in self.slots.values() if getattr(s, "pid", None)]

    def submit(self, submission: Submission) -> asyncio.Future:
        return self.submit_many([submission])[0]

    def submit_many(self, submissions: list[Submission]) -> list[asyncio.Future]:
        """All or none: either every submission is queued or QueueFull is raised."""
        if self.depth + len(submissions) > self.capacity:
            raise QueueFull(f"queue holds {self.depth} of {self.capacity}")
        loop = asyncio.get_running_loop()
        futures = []
        for s in submissions:
            job = Job(s, self.caps.clamp(s.limits), loop.create_future())
            self.queue.put_nowait(job)
            futures.append(job.future)
        return futures

    def _answer(self, job: Job, result: SubmissionResult) -> None:
        if not job.future.done():
            job.future.set_result(result)
            if self._on_result:
                self._on_result(result, time.perf_counter() - job.enqueued)

    def on_restart(self, reason: str) -> None:
        log.warning("worker restarted: %s", reason)
        if self._on_restart:
            self._on_restart(reason)

    async def _serve(self, slot) -> None:
        while self.running and not getattr(slot, "gone", False):
            job = await self.queue.get()
            slot.busy = True
            try:
                result = await slot.run(job)
            except _Retry:
                self._requeue(job, slot)
                continue
            except asyncio.CancelledError:
                self._requeue(job, slot)
                raise
            except Exception as e:  # a bug here must still answer the job
                log.exception("slot %s failed", slot.name)
                result = SubmissionResult.all_failed(len(job.submission.tests), Status.ERROR,
                                                     f"executor: {type(e).__name__}")
                if isinstance(slot, LocalSlot):
                    await slot.replace("executor error")
            finally:
                slot.busy = False
            self._answer(job, result)
        if getattr(slot, "gone", False):
            self._drop(slot)

    def _requeue(self, job: Job, slot) -> None:
        job.attempts += 1
        if job.attempts >= _MAX_ATTEMPTS or not self.running:
            self._answer(job, SubmissionResult.all_failed(len(job.submission.tests), Status.ERROR,
                                                          f"no worker could run it ({slot.name} gone)"))
        else:
            self.queue.put_nowait(job)

    def _drop(self, slot) -> None:
        if self.slots.get(slot.name) is slot:
            del self.slots[slot.name]
            self._tasks.pop(slot.name, None)
            self.on_restart("socket gone")
            with contextlib.suppress(OSError):
                st = os.stat(slot.path)
                self._dead_sockets[slot.path] = (st.st_ino, st.st_mtime_ns)
            asyncio.create_task(slot.close())

    # -- remote workers: pick up sockets appearing in the directory, forget the vanished --

    async def _scan_sockets(self) -> None:
        while self.running:
            try:
                present = {str(p) for p in Path(self.worker_sockets).glob("*.sock")}
            except OSError:
                present = set()
            for path in sorted(present):
                name = f"socket:{Path(path).name}"
                if name in self.slots:
                    continue
                with contextlib.suppress(OSError):
                    st = os.stat(path)
                    if self._dead_sockets.get(path) == (st.st_ino, st.st_mtime_ns):
                        continue  # the same dead socket file; a restarted worker makes a new one
                    self._dead_sockets.pop(path, None)
                    self._add(RemoteSlot(self, path))
            for name, slot in list(self.slots.items()):
                if isinstance(slot, RemoteSlot) and slot.path not in present:
                    slot.gone = True
                    if not slot.busy:  # an idle slot waits in queue.get(); wake it by cancelling
                        task = self._tasks.pop(name, None)
                        del self.slots[name]
                        if task:
                            task.cancel()
                        asyncio.create_task(slot.close())
            await asyncio.sleep(_SOCKET_SCAN_S)
