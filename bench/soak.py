"""Soak: saturate an executor gateway for a fixed time while killing random workers, then report requests
sent, answered, lost, executed twice, answered wrongly, and latency. Loopback only.

    .venv/bin/python bench/soak.py --duration 1800 --workers 4 --concurrency 32 --kill-every 2
    .venv/bin/python bench/soak.py --url http://127.0.0.1:8900 --duration 60   # a server you started
"""
from __future__ import annotations

import argparse
import asyncio
import json
import sys
from contextlib import nullcontext
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "executor"))

from chaos import load_and_chaos  # noqa: E402
from executor_servers import running_server  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--duration", type=float, default=1800.0, help="seconds of load")
    ap.add_argument("--workers", type=int, default=2, help="local workers of the server started here")
    ap.add_argument("--concurrency", type=int, default=16, help="clients sending at once")
    ap.add_argument("--kill-every", type=float, default=2.0, help="seconds between worker kills (0: none)")
    ap.add_argument("--url", help="use this running server (its workers must be local to this host)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    server = nullcontext((args.url, None)) if args.url else running_server("--workers", str(args.workers))
    with server as (url, _):
        stats = asyncio.run(load_and_chaos(url, args.duration, args.concurrency, args.kill_every))
    for key in ("duration_s", "sent", "answered", "lost", "duplicated", "wrong", "http_errors", "kills",
                "killed_jobs", "requests_per_s", "p50_ms", "p99_ms"):
        value = stats[key]
        print(f"{key:>15}: {value:.1f}" if isinstance(value, float) else f"{key:>15}: {value}")
    if args.json:
        args.json.write_text(json.dumps(stats, indent=2))
    sys.exit(0 if stats["lost"] == 0 and stats["duplicated"] == 0 and stats["wrong"] == 0 else 1)


if __name__ == "__main__":
    main()
