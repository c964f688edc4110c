"""Faults: workers killed mid-batch (local pool and unix-socket workers); every item answered once."""
from __future__ import annotations

import os
import signal
import subprocess
import threading
import time

import httpx

from executor.client import ExecutorClient
from executor.models import Status
from executor_servers import QRL, QLITE, free_port, metric, running_server, stop, wait_ready

# about a tenth of a second of work per submission, so a batch is still running when a worker dies
SLOW = {"code": "solve:{do[200000; 0]; x+1}", "tests": [{"call": "solve 1", "expected": "2"}]}


def _kill_during(url, batch_call, kill):
    """Run the batch in a thread; kill once the server holds it in its queue."""
    out = {}
    t = threading.Thread(target=lambda: out.setdefault("results", batch_call()))
    t.start()
    deadline = time.time() + 30
    while httpx.get(f"{url}/v1/ready").json()["queue_depth"] == 0 and time.time() < deadline:
        time.sleep(0.02)
    time.sleep(0.2)  # the workers are now busy with the first items
    kill()
    t.join(120)
    return out["results"]


def test_a_worker_killed_mid_batch_loses_no_item(tmp_path):
    with running_server("--workers", "2", log=tmp_path / "server.log") as (url, _):
        with ExecutorClient(url) as client:
            pid = client.ready().worker_pids[0]
            before = metric(url, "qrl_executor_submission_seconds_count")
            results = _kill_during(url, lambda: client.execute_batch([SLOW] * 24),
                                   lambda: os.kill(pid, signal.SIGKILL))
            assert len(results) == 24
            statuses = [r.tests[0].status for r in results]
            assert set(statuses) <= {Status.PASS, Status.MEMORY, Status.ERROR}
            assert statuses.count(Status.PASS) >= 22  # only the job on the killed worker may be lost
            assert metric(url, "qrl_executor_submission_seconds_count") == before + 24  # once each
            assert metric(url, "qrl_executor_worker_restarts_total", reason="memory") >= 1
            deadline = time.time() + 60
            while len(client.ready().worker_pids) < 2 and time.time() < deadline:
                time.sleep(0.2)
            assert pid not in client.ready().worker_pids and len(client.ready().worker_pids) == 2
            assert client.execute(SLOW["code"], SLOW["tests"]).perfect


def _start_worker(sock, log):
    return subprocess.Popen([*QRL, "worker", "--socket", str(sock)], stdout=log, stderr=subprocess.STDOUT,
                            env=dict(os.environ, Q_BINARY=QLITE))


def test_socket_workers_come_and_go_and_a_dead_one_loses_nothing(tmp_path):
    socks = tmp_path / "sock"
    socks.mkdir()
    log = open(tmp_path / "workers.log", "wb")
    workers = [_start_worker(socks / f"w{i}.sock", log) for i in range(2)]
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    gateway = subprocess.Popen([*QRL, "serve", "--port", str(port), "--worker-sockets", str(socks)],
                               stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_ready(url, gateway)
        deadline = time.time() + 60
        while httpx.get(f"{url}/v1/ready").json()["workers"] < 2 and time.time() < deadline:
            time.sleep(0.2)
        with ExecutorClient(url) as client:
            assert client.ready().workers == 2
            results = _kill_during(url, lambda: client.execute_batch([SLOW] * 16),
                                   lambda: workers[0].send_signal(signal.SIGKILL))
            assert len(results) == 16 and all(r.perfect for r in results)  # retried on the live worker
            assert client.ready().workers == 1
            workers.append(_start_worker(socks / "w2.sock", log))  # a new container appears
            while client.ready().workers < 2 and time.time() < deadline + 60:
                time.sleep(0.2)
            assert client.ready().workers == 2
            assert all(r.perfect for r in client.execute_batch([SLOW] * 4))
    finally:
        stop(gateway)
        for w in workers:
            stop(w)
        log.close()
