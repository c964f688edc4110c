"""Fixtures: the shared executor server (a real `qrl serve` subprocess)."""
from __future__ import annotations

import pytest

from executor_servers import running_server


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """The shared server: two local workers, both engines (qbinary runs the `qlite` script)."""
    with running_server("--workers", "2", "--max-body-mb", "8",
                        log=tmp_path_factory.mktemp("server") / "server.log") as (url, proc):
        yield url
