"""Fixtures for the docker tests: a docker daemon and compose v2, or a skip on a developer machine and a failure
in CI (`CI` set), so that the stack is never reported green without having run; and a line writer for the log."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest


def unavailable(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but {reason}: the docker tests cannot run", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def compose_cli() -> None:
    """The docker CLI with the compose v2 plugin."""
    if shutil.which("docker") is None:
        unavailable("the docker CLI is not installed")
    if subprocess.run(["docker", "compose", "version"], capture_output=True).returncode != 0:
        unavailable("docker compose v2 is not installed")


@pytest.fixture(scope="session")
def docker_client(compose_cli):
    """A docker SDK client on a daemon that answers."""
    import docker

    try:
        client = docker.from_env()
        client.ping()
    except Exception as exc:  # no socket, no permission, no daemon: the SDK raises several kinds
        unavailable(f"no docker daemon answers ({exc})")
    yield client
    client.close()


@pytest.fixture(scope="session")
def say(request):
    """Write a line through pytest's capture: the CI log shows the stack coming up and the batch answered."""
    plugins = request.config.pluginmanager
    reporter, capture = plugins.getplugin("terminalreporter"), plugins.getplugin("capturemanager")

    def write(line: str) -> None:
        if reporter is None or capture is None:
            print(f"[stack] {line}", file=sys.__stderr__)
            return
        with capture.global_and_fixture_disabled():
            reporter.write_line(f"[stack] {line}")

    return write
