"""Executor benchmark: tests/s and latency of (a) the public recipe's design — one interpreter process per
test, serially — against (b) the worker pool through HTTP batch, single-test request latency, and
scaling from 1 to N workers. Same machine, same engine (qlite), one run.

    .venv/bin/python bench/executor.py --workers 2 [--json out.json]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "executor"))

from executor.client import ExecutorClient  # noqa: E402
from executor_servers import QLITE, QRL, free_port, stop, wait_ready  # noqa: E402

# small problems with correct solutions: the work is the harness and the interpreter, not the q
PROBLEMS = [
    ("solve:{x+1}", [("solve {}".format(k), str(k + 1)) for k in range(8)]),
    ("solve:{sum x}", [("solve til {}".format(k), str(k * (k - 1) // 2)) for k in range(1, 9)]),
    ("solve:{reverse x}", [("solve {} {} {}".format(k, k + 1, k + 2), "{} {} {}".format(k + 2, k + 1, k))
                           for k in range(8)]),
    ("solve:{[s] s where not s in \"aeiou\"}", [('solve "{}"'.format(w), '(),"{}"'.format(
        "".join(c for c in w if c not in "aeiou"))) for w in ["hello", "world", "queue", "kdb", "banana",
                                                             "rhythm", "qrl", "testing"]]),
]


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def serial_processes(n_tests: int) -> dict:
    """(a) the public recipe: a fresh interpreter process per test, one after the other."""
    times = []
    with tempfile.TemporaryDirectory() as d:
        script = Path(d) / "t.q"
        i = 0
        while i < n_tests:
            for code, tests in PROBLEMS:
                for call, expected in tests:
                    if i >= n_tests:
                        break
                    script.write_text(f'{code}\n-1 $[({call})~({expected});"PASS";"FAIL"];\nexit 0\n')
                    t0 = time.perf_counter()
                    out = subprocess.run([QLITE, str(script)], stdin=subprocess.DEVNULL, capture_output=True,
                                         text=True, timeout=60).stdout
                    times.append(time.perf_counter() - t0)
                    assert "PASS" in out, (script.read_text(), out)
                    i += 1
    total = sum(times)
    return {"tests": len(times), "tests_per_s": len(times) / total, "p50_ms": pct(times, 50) * 1e3,
            "p99_ms": pct(times, 99) * 1e3}


def submissions(n: int) -> list[dict]:
    subs = []
    while len(subs) < n:
        for code, tests in PROBLEMS:
            subs.append({"code": code, "tests": [{"call": c, "expected": e} for c, e in tests]})
    return subs[:n]


class Server:
    def __init__(self, workers: int):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen([*QRL, "serve", "--port", str(self.port), "--workers", str(workers)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     env=dict(os.environ, Q_BINARY=QLITE))

    def __enter__(self):
        wait_ready(self.url, self.proc)
        return self

    def __exit__(self, *exc):
        stop(self.proc)


def batch_throughput(client: ExecutorClient, n_subs: int, rounds: int = 3) -> dict:
    subs = submissions(n_subs)
    n_tests = sum(len(s["tests"]) for s in subs)
    client.execute_batch(subs[: max(4, n_subs // 8)])  # warm up
    walls = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        results = client.execute_batch(subs)
        walls.append(time.perf_counter() - t0)
        assert all(r.perfect for r in results), [r for r in results if not r.perfect][:1]
    wall = statistics.median(walls)
    return {"submissions": n_subs, "tests": n_tests, "wall_s": wall, "tests_per_s": n_tests / wall}


def single_latency(client: ExecutorClient, n: int) -> dict:
    times = []
    for k in range(n):
        t0 = time.perf_counter()
        r = client.execute("solve:{x+1}", [{"call": f"solve {k}", "expected": str(k + 1)}])
        times.append(time.perf_counter() - t0)
        assert r.perfect
    return {"requests": n, "p50_ms": pct(times, 50) * 1e3, "p99_ms": pct(times, 99) * 1e3,
            "mean_ms": statistics.mean(times) * 1e3}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="largest pool to measure")
    ap.add_argument("--serial-tests", type=int, default=32, help="tests for the one-process-per-test run")
    ap.add_argument("--submissions", type=int, default=64, help="submissions per batch (8 tests each)")
    ap.add_argument("--latency-requests", type=int, default=300)
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()

    report = {"cpus": os.cpu_count(), "engine": "qlite"}
    print(f"(a) one `qlite script.q` process per test, serially ({args.serial_tests} tests) ...", flush=True)
    report["serial_processes"] = a = serial_processes(args.serial_tests)
    print(f"    {a['tests_per_s']:.2f} tests/s   p50 {a['p50_ms']:.0f} ms   p99 {a['p99_ms']:.0f} ms")

    report["scaling"] = []
    for n in range(1, args.workers + 1):
        with Server(n) as s, ExecutorClient(s.url) as client:
            b = batch_throughput(client, args.submissions)
            b["workers"] = n
            report["scaling"].append(b)
            print(f"(b) pool, {n} worker(s), HTTP batch of {b['submissions']}×8 tests: "
                  f"{b['tests_per_s']:.0f} tests/s ({b['tests_per_s'] / a['tests_per_s']:.0f}× (a))", flush=True)
            if n == args.workers:
                report["single_test_request"] = lat = single_latency(client, args.latency_requests)
                print(f"    single-test request ({lat['requests']} sequential): p50 {lat['p50_ms']:.1f} ms   "
                      f"p99 {lat['p99_ms']:.1f} ms")
    best = report["scaling"][-1]
    report["speedup_b_over_a"] = best["tests_per_s"] / a["tests_per_s"]
    print(f"speed-up of (b) with {best['workers']} workers over (a): {report['speedup_b_over_a']:.0f}×")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
