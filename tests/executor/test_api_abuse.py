"""Hostile clients against the real server: random and malformed JSON, wrong types, oversized bodies,
huge batches, a stalled client. Always a 4xx naming the problem (or a normal answer), never a 5xx or a hang."""
from __future__ import annotations

import json
import socket
from urllib.parse import urlparse

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12)

# bodies shaped like a submission, with any field replaced by anything
submission_like = st.fixed_dictionaries({
    "code": st.one_of(st.text(max_size=30), json_values),
    "tests": st.one_of(st.lists(st.fixed_dictionaries({"call": st.text(max_size=10),
                                                       "expected": st.text(max_size=10)}), max_size=2),
                       json_values),
}, optional={"engine": json_values, "limits": st.one_of(json_values, st.fixed_dictionaries(
    {}, optional={"test_timeout_s": json_values, "memory_mb": json_values}))})

ABUSE = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))


@ABUSE
@given(body=st.one_of(json_values, submission_like))
def test_any_json_body_gets_an_answer_or_a_4xx_never_a_5xx(server, body):
    body = _shrink_limits(body)
    for path in ("/v1/execute", "/v1/execute:batch"):
        r = httpx.post(server + path, json=body, timeout=60)
        assert r.status_code in (200, 422), (path, body, r.status_code, r.text)
        if r.status_code == 422:
            assert r.json()["error"].startswith("invalid request: ")


@ABUSE
@given(raw=st.binary(max_size=200))
def test_any_bytes_as_a_body_get_a_4xx(server, raw):
    r = httpx.post(server + "/v1/execute", content=raw, headers={"content-type": "application/json"}, timeout=30)
    assert r.status_code in (200, 422), (raw, r.status_code)


def test_a_batch_over_the_item_limit_is_refused_by_field(server):
    r = httpx.post(server + "/v1/execute:batch", json={"submissions": [{"code": "1", "tests": []}] * 10001})
    assert r.status_code == 422 and "body.submissions" in r.json()["error"]


def test_a_stalled_client_does_not_block_others(server):
    url = urlparse(server)
    stalled = socket.create_connection((url.hostname, url.port))
    stalled.sendall(b"POST /v1/execute HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    b"Content-Length: 1000\r\n\r\n{\"code\": ")  # and then nothing
    try:
        r = httpx.post(server + "/v1/execute", json={"code": "solve:{x}", "tests": [
            {"call": "solve 1", "expected": "1"}]}, timeout=30)
        assert r.status_code == 200 and r.json()["perfect"]
    finally:
        stalled.close()


def _shrink_limits(body):
    """Random numbers as limits are fine, but not a long sleep: keep generated budgets small."""
    if isinstance(body, dict) and isinstance(body.get("limits"), dict):
        body = json.loads(json.dumps(body))
        for k, v in body["limits"].items():
            if isinstance(v, (int, float)) and not isinstance(v, bool) and v > 1:
                body["limits"][k] = 1
    return body
