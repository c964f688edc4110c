"""Load and chaos against a running gateway: many concurrent clients for a fixed time while local workers
are killed at random. Counts what was sent, answered, lost, executed twice, and answered wrongly.
Used by tests/executor/test_chaos.py (seconds) and bench/soak.py (as long as you like)."""
from __future__ import annotations

import asyncio
import os
import random
import signal
import time

import httpx

from executor.client import AsyncExecutorClient, ExecutorError

KILLED = ("worker killed", "worker crashed", "no worker could run it")


def _submission(k: int) -> dict:
    """A correct solution unique to k: a right answer can only be this submission's own."""
    return {"code": f"solve:{{x+{k}}}", "tests": [{"call": "solve 1", "expected": str(k + 1)},
                                                   {"code": "show solve 2", "expected_output": str(k + 2)}]}


def _executed(url: str) -> float:
    total = 0.0
    for line in httpx.get(f"{url}/metrics").text.splitlines():
        if line.startswith("qrl_executor_submissions_total{"):
            total += float(line.split()[-1])
    return total


async def load_and_chaos(url: str, duration_s: float, concurrency: int = 16, kill_every_s: float = 1.0,
                         batch_every: int = 5, seed: int = 0) -> dict:
    rng = random.Random(seed)
    stats = {"sent": 0, "answered": 0, "http_errors": 0, "wrong": 0, "killed_jobs": 0, "kills": 0,
             "latencies": []}
    executed_before = _executed(url)
    stop_at = time.monotonic() + duration_s
    counter = iter(range(10**9))

    def judge(k: int, r) -> None:
        stats["answered"] += 1
        if r.perfect:
            return
        if all(t.error and t.error.startswith(KILLED) for t in r.tests):
            stats["killed_jobs"] += 1  # the job that was on a worker when it died: answered, as promised
        else:
            stats["wrong"] += 1

    async def client_loop(c: AsyncExecutorClient, i: int) -> None:
        n = 0
        while time.monotonic() < stop_at:
            n += 1
            ks = [next(counter) for _ in range(4 if n % batch_every == 0 else 1)]
            stats["sent"] += len(ks)
            t0 = time.perf_counter()
            try:
                if len(ks) == 1:
                    results = [await c.execute(**_as_call(_submission(ks[0])))]
                else:
                    results = await c.execute_batch([_submission(k) for k in ks])
            except (ExecutorError, httpx.HTTPError):
                stats["http_errors"] += len(ks)
                continue
            stats["latencies"].append(time.perf_counter() - t0)
            for k, r in zip(ks, results):
                judge(k, r)

    async def killer(c: AsyncExecutorClient) -> None:
        while time.monotonic() < stop_at - kill_every_s:
            await asyncio.sleep(kill_every_s)
            pids = (await c.ready()).worker_pids
            if pids:
                try:
                    os.kill(rng.choice(pids), signal.SIGKILL)
                    stats["kills"] += 1
                except ProcessLookupError:
                    pass

    async with AsyncExecutorClient(url, timeout=120) as c:
        tasks = [client_loop(c, i) for i in range(concurrency)]
        if kill_every_s > 0:
            tasks.append(killer(c))
        await asyncio.gather(*tasks)
    await asyncio.sleep(0.5)  # let the counters settle
    executed = _executed(url) - executed_before
    lat = sorted(stats.pop("latencies")) or [0.0]
    stats.update({
        "lost": stats["sent"] - stats["answered"] - stats["http_errors"],
        "executed": executed,
        "duplicated": max(0, int(executed) - stats["answered"]),
        "p50_ms": lat[len(lat) // 2] * 1e3, "p99_ms": lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1e3,
        "duration_s": duration_s, "requests_per_s": stats["answered"] / duration_s,
    })
    return stats


def _as_call(sub: dict) -> dict:
    return {"code": sub["code"], "tests": sub["tests"]}
