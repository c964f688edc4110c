"""The HTTP API end to end: a real `qrl serve` subprocess, both engines, both test kinds."""
from __future__ import annotations

import asyncio
import time
import uuid

import httpx
import pytest

from executor.client import AsyncExecutorClient, ExecutorClient, ExecutorError
from executor.models import Status

from executor_servers import metric, running_server

ADD = "solve:{x+1}"
TESTS = [{"call": "solve 41", "expected": "42"},
         {"call": "solve 1 2 3", "expected": "2 3 4"},
         {"code": "show solve 9", "expected_output": "10"}]


@pytest.fixture(scope="module")
def client(server):
    with ExecutorClient(server) as c:
        yield c


@pytest.mark.parametrize("engine", ["qlite", "qbinary"])
def test_a_correct_solution_passes_value_and_output_tests(client, engine):
    r = client.execute(ADD, TESTS, engine=engine)
    assert [t.status for t in r.tests] == [Status.PASS] * 3
    assert (r.passed, r.total, r.perfect, r.compile_error) == (3, 3, True, None)


@pytest.mark.parametrize("engine", ["qlite", "qbinary"])
def test_a_wrong_solution_fails_and_a_typed_mismatch_is_a_fail(client, engine):
    r = client.execute("solve:{x+2}", TESTS + [{"call": "solve 41", "expected": "42i"}], engine=engine)
    assert [t.status for t in r.tests] == [Status.FAIL] * 4
    r = client.execute("solve:{`float$x+1}", [{"call": "solve 41", "expected": "42"}], engine=engine)
    assert r.tests[0].status is Status.FAIL  # 42f does not match 42j


@pytest.mark.parametrize("engine", ["qlite", "qbinary"])
def test_a_q_error_names_the_error(client, engine):
    r = client.execute("solve:{x+`a}", [{"call": "solve 1", "expected": "2"}], engine=engine)
    assert r.tests[0].status is Status.ERROR and r.tests[0].error == "type"


@pytest.mark.parametrize("engine", ["qlite", "qbinary"])
def test_a_load_error_is_a_compile_error_and_fails_every_test(client, engine):
    r = client.execute("solve:{x+1", TESTS, engine=engine)
    assert r.compile_error
    assert r.passed == 0 and all(t.status is Status.ERROR for t in r.tests)


def test_empty_output_passes_only_when_nothing_is_expected(client):
    r = client.execute(ADD, [{"code": "solve 1;", "expected_output": ""},
                             {"code": "solve 1;", "expected_output": "2"}])
    assert [t.status for t in r.tests] == [Status.PASS, Status.FAIL]


def test_batch_answers_in_order_with_per_item_engines(client):
    subs = [{"code": f"solve:{{x+{k}}}", "tests": [{"call": "solve 0", "expected": str(k)}],
             "engine": "qlite" if k % 2 else "qbinary"} for k in range(6)]
    subs.append({"code": "solve:{x", "tests": [{"call": "solve 0", "expected": "0"}]})
    results = client.execute_batch(subs)
    assert [r.perfect for r in results] == [True] * 6 + [False]
    assert results[-1].compile_error


def test_a_retried_batch_is_answered_from_the_first_run_and_counted_once(server, client):
    key = str(uuid.uuid4())
    subs = [{"code": ADD, "tests": [{"call": f"solve {k}", "expected": str(k + 1)}]} for k in range(5)]
    before = metric(server, "qrl_executor_submissions_total", outcome="perfect")
    first = client.execute_batch(subs, idempotency_key=key)
    again = client.execute_batch(subs, idempotency_key=key)
    assert [r.model_dump() for r in again] == [r.model_dump() for r in first]
    assert metric(server, "qrl_executor_submissions_total", outcome="perfect") == before + 5


def test_async_client_runs_concurrent_requests(server):
    async def go():
        async with AsyncExecutorClient(server) as c:
            results = await asyncio.gather(*(c.execute(ADD, [{"call": f"solve {k}", "expected": str(k + 1)}])
                                             for k in range(8)))
            return results, await c.execute_batch([{"code": ADD, "tests": TESTS}] * 3)
    results, batch = asyncio.run(go())
    assert all(r.perfect for r in results) and all(r.perfect for r in batch)


def test_health_ready_engines_and_metrics(server, client):
    assert client.health() == {"status": "ok"}
    ready = client.ready()
    assert ready.ready and ready.workers == 2 and len(ready.worker_pids) == 2
    engines = {e.name.value: e for e in client.engines().engines}
    assert engines["qlite"].available and engines["qlite"].default
    assert engines["qbinary"].available  # Q_BINARY is the qlite script
    text = httpx.get(f"{server}/metrics").text
    for name in ("qrl_executor_queue_depth", "qrl_executor_tests_total", "qrl_executor_submission_seconds_bucket",
                 "qrl_executor_request_seconds_bucket", "qrl_executor_workers"):
        assert name in text
    assert httpx.get(f"{server}/docs").status_code == 200


@pytest.mark.parametrize("body, field", [
    ({"code": 1, "tests": []}, "body.code"),
    ({"tests": []}, "body.code"),
    ({"code": "x", "tests": [{"call": "f 1"}]}, "body.tests.0"),
    ({"code": "x", "tests": [], "engine": "kdb"}, "body.engine"),
    ({"code": "x", "tests": [], "limits": {"test_timeout_s": -1}}, "body.limits.test_timeout_s"),
    ({"code": "x", "tests": [], "bogus": 1}, "body.bogus"),
])
def test_a_malformed_body_gets_422_naming_the_field(server, body, field):
    r = httpx.post(f"{server}/v1/execute", json=body)
    assert r.status_code == 422
    assert field in r.json()["error"]


def test_invalid_json_and_non_utf8_bodies_get_422(server):
    for raw in (b"{not json", b'{"code": "\xff\xfe", "tests": []}'):
        r = httpx.post(f"{server}/v1/execute", content=raw, headers={"content-type": "application/json"})
        assert r.status_code == 422


def test_a_body_over_the_limit_gets_413(server):
    r = httpx.post(f"{server}/v1/execute", json={"code": "x" * (9 << 20), "tests": []})
    assert r.status_code == 413


def test_limits_over_the_server_caps_are_clamped_not_refused(client):
    r = client.execute(ADD, TESTS, test_timeout_s=1e6, memory_mb=10**7)
    assert r.perfect


@pytest.fixture(scope="module")
def guarded(tmp_path_factory):
    """A one-worker server with a bearer token and a queue of two."""
    with running_server("--workers", "1", "--queue-capacity", "2", env={"QRL_EXECUTOR_TOKEN": "s3cret"},
                        log=tmp_path_factory.mktemp("guarded") / "server.log") as (url, _):
        yield url


def test_the_bearer_token_is_required_when_set(guarded):
    body = {"code": ADD, "tests": TESTS}
    assert httpx.post(f"{guarded}/v1/execute", json=body).status_code == 401
    assert httpx.post(f"{guarded}/v1/execute", json=body, headers={"Authorization": "Bearer nope"}).status_code == 401
    assert httpx.get(f"{guarded}/v1/health").status_code == 200  # probes stay open
    with ExecutorClient(guarded, token="s3cret") as c:
        assert c.execute(ADD, TESTS).perfect


def test_a_batch_larger_than_the_queue_is_refused_by_field(guarded):
    body = {"submissions": [{"code": ADD, "tests": TESTS}] * 3}
    r = httpx.post(f"{guarded}/v1/execute:batch", json=body, headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 422 and "submissions" in r.text


def test_a_full_queue_answers_429_with_retry_after(guarded):
    auth = {"Authorization": "Bearer s3cret"}
    slow = {"code": "solve:{while[1b;]}", "tests": [{"call": "solve 1", "expected": "1"}],
            "limits": {"test_timeout_s": 3}}
    with httpx.Client(base_url=guarded, headers=auth, timeout=30) as http:
        import threading
        busy = [threading.Thread(target=http.post, args=("/v1/execute",), kwargs={"json": slow})
                for _ in range(2)]  # one runs on the only worker, one waits in the queue
        for t in busy:
            t.start()
        deadline = time.time() + 20
        while http.get("/v1/ready").json()["queue_depth"] < 1 and time.time() < deadline:
            time.sleep(0.05)
        body = {"submissions": [{"code": ADD, "tests": TESTS}] * 2}  # fits the queue, not now
        r = http.post("/v1/execute:batch", json=body)
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
        with ExecutorClient(guarded, token="s3cret", retries=2) as c:
            with pytest.raises(ExecutorError) as e:
                c.execute_batch(body["submissions"])
        assert e.value.status_code == 429
        for t in busy:
            t.join()


def test_an_unavailable_engine_is_refused_by_name(tmp_path):
    with running_server("--workers", "1", env={"Q_BINARY": str(tmp_path / "no-such-q")}) as (url, _):
        r = httpx.post(f"{url}/v1/execute", json={"code": ADD, "tests": TESTS, "engine": "qbinary"})
        assert r.status_code == 422 and "engine" in r.text
        r = httpx.post(f"{url}/v1/execute:batch", json={"submissions": [
            {"code": ADD, "tests": TESTS, "engine": "qbinary"}, {"code": ADD, "tests": TESTS}]})
        items = r.json()["results"]
        assert "engine" in items[0]["error"] and items[1]["perfect"]
