"""Executor pool scaling on a many-core host: tests/s of `qrl serve --workers N` for N = 1, 2, 4, … and the
scaling efficiency tests/s(N) / (N × tests/s(1)). The load grows with the pool (16 submissions of 8 tests per
worker) so each size is measured busy. Uses bench/executor.py's problems, server and batch timing.

    python3 bench/gpu/executor_scaling.py --workers 1 2 4 8 16 32 --json scaling.json
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
from pathlib import Path

# bench/executor.py under another name: plain `import executor` is the package (it puts the repository on sys.path)
_spec = importlib.util.spec_from_file_location("executor_bench", Path(__file__).resolve().parents[1] / "executor.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

from executor.client import ExecutorClient, ExecutorError  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4, 8, 16])
    ap.add_argument("--per-worker", type=int, default=16, help="submissions (8 tests each) per worker")
    ap.add_argument("--serial-tests", type=int, default=16, help="tests for the one-process-per-test baseline")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()

    report = {"cpus": os.cpu_count(), "engine": "qlite", "per_worker": args.per_worker, "scaling": []}
    report["serial_processes"] = serial = bench.serial_processes(args.serial_tests)
    print(f"one `qlite script.q` process per test, serially: {serial['tests_per_s']:.2f} tests/s", flush=True)
    for n in args.workers:
        submissions = max(32, args.per_worker * n)
        with bench.Server(n) as server, ExecutorClient(server.url) as client:
            try:
                row = bench.batch_throughput(client, submissions)
            except ExecutorError as exc:  # e.g. 429: one batch larger than the server's queue capacity
                print(f"{n:>3} workers: {submissions} submissions refused: {exc}", flush=True)
                report["scaling"].append({"workers": n, "submissions": submissions, "error": str(exc)[:200]})
                continue
        row["workers"] = n
        base = next((r for r in report["scaling"] if "error" not in r), row)
        row["efficiency"] = row["tests_per_s"] / (n / base["workers"] * base["tests_per_s"])
        report["scaling"].append(row)
        print(f"{n:>3} workers: {row['tests_per_s']:7.0f} tests/s  ({row['submissions']}×8 tests in "
              f"{row['wall_s']:.2f} s)  efficiency {100 * row['efficiency']:.0f}%", flush=True)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
