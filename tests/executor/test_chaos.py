"""A short load-and-chaos run: a saturated gateway whose workers are killed at random loses nothing,
executes nothing twice and answers nothing wrongly (bench/soak.py is the long version)."""
from __future__ import annotations

import asyncio

from chaos import load_and_chaos
from executor_servers import running_server


def test_saturated_gateway_with_workers_killed_loses_and_duplicates_nothing(tmp_path):
    with running_server("--workers", "2", log=tmp_path / "server.log") as (url, _):
        stats = asyncio.run(load_and_chaos(url, duration_s=6, concurrency=12, kill_every_s=1.5))
    assert stats["kills"] >= 2 and stats["sent"] > 50
    assert stats["lost"] == 0 and stats["http_errors"] == 0
    assert stats["duplicated"] == 0 and stats["wrong"] == 0
    assert stats["answered"] == stats["sent"]
