"""Helpers that start real executor processes (`qrl serve`, `qrl worker`) and wait until ready."""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

BIN = Path(sys.executable).parent
# the installed console scripts, or the same commands through the interpreter where none are installed
QRL = [str(BIN / "qrl")] if (BIN / "qrl").exists() else [sys.executable, "-m", "executor"]


def _qlite() -> str:
    """The q-compatible executable the qbinary engine is tested with: the `qlite` script."""
    if (BIN / "qlite").exists():
        return str(BIN / "qlite")
    wrapper = Path(tempfile.mkdtemp(prefix="qrl-bin-")) / "qlite"
    wrapper.write_text(f'#!/bin/sh\nexec {sys.executable} -m qlite.cli "$@"\n')
    wrapper.chmod(0o755)
    return str(wrapper)


QLITE = _qlite()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(url: str, proc: subprocess.Popen, timeout: float = 90.0, **client) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"{url}/v1/ready", timeout=2, **client).status_code == 200:
                return
        time.sleep(0.2)
    raise TimeoutError(f"{url} not ready after {timeout}s")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextlib.contextmanager
def running_server(*args: str, env: dict | None = None, log: Path | None = None):
    """`qrl serve` on a free port; yields (url, process)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    full_env = {**os.environ, "Q_BINARY": QLITE, **(env or {})}
    out = open(log, "wb") if log else subprocess.DEVNULL
    proc = subprocess.Popen([*QRL, "serve", "--port", str(port), *args], env=full_env, stdout=out,
                            stderr=subprocess.STDOUT)
    try:
        wait_ready(url, proc)
        yield url, proc
    finally:
        stop(proc)
        if log:
            out.close()


def metric(url: str, name: str, **labels) -> float:
    """A sample's value from /metrics (0 when absent)."""
    want = name + ("{" + ",".join(f'{k}="{v}"' for k, v in sorted(labels.items())) + "}" if labels else "")
    for line in httpx.get(f"{url}/metrics").text.splitlines():
        if line.startswith(want + " "):
            return float(line.split()[-1])
    return 0.0
