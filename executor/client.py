"""Python clients for the executor HTTP API: `ExecutorClient` (sync) and `AsyncExecutorClient`.

Both pool connections (httpx), retry with jittered exponential backoff on connect errors, 429 and
503 (honouring Retry-After), and send one idempotency key per batch so a retried batch is never
executed or counted twice.
"""
from __future__ import annotations

import os
import uuid
from typing import Any, Iterable, Optional, Union

import httpx
import tenacity

from executor.models import (BatchItemError, BatchRequest, BatchResponse, EnginesResponse, Limits,
                             Ready, Submission, SubmissionResult)

DEFAULT_URL = "http://127.0.0.1:8900"
_RETRY_STATUSES = {429, 502, 503}


class ExecutorError(RuntimeError):
    """The executor answered with an error that retrying will not fix (4xx, 500)."""

    def __init__(self, status_code: int, detail: Any):
        super().__init__(f"executor answered {status_code}: {detail}")
        self.status_code = status_code
        self.detail = detail


class _Retryable(Exception):
    def __init__(self, response: httpx.Response):
        super().__init__(f"executor answered {response.status_code}")
        self.response = response


def _wait(state: tenacity.RetryCallState) -> float:
    """Jittered exponential backoff, but never shorter than the server's Retry-After."""
    jitter = tenacity.wait_random_exponential(multiplier=0.05, max=5.0)(state)
    exc = state.outcome.exception() if state.outcome else None
    if isinstance(exc, _Retryable):
        try:
            return max(jitter, float(exc.response.headers.get("retry-after", 0)))
        except ValueError:
            pass
    return jitter


def _retrying(attempts: int, cls=tenacity.Retrying):
    return cls(
        retry=tenacity.retry_if_exception_type((httpx.ConnectError, httpx.RemoteProtocolError, _Retryable)),
        wait=_wait, stop=tenacity.stop_after_attempt(attempts), reraise=True)


def _submission(code: str, tests: Iterable[Any], engine: Optional[str], limits: dict) -> Submission:
    return Submission(code=code, tests=list(tests), engine=engine, limits=Limits(**limits))


def _as_submission(item: Union[Submission, dict]) -> Submission:
    return item if isinstance(item, Submission) else Submission.model_validate(item)


def _check(response: httpx.Response) -> httpx.Response:
    if response.status_code in _RETRY_STATUSES:
        raise _Retryable(response)
    if response.status_code >= 400:
        try:
            detail = response.json()
        except ValueError:
            detail = response.text
        raise ExecutorError(response.status_code, detail)
    return response


def _settings(url, token, timeout, uds):
    url = url or os.environ.get("QRL_EXECUTOR_URL", DEFAULT_URL)
    token = token if token is not None else os.environ.get("QRL_EXECUTOR_TOKEN")
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    timeout = httpx.Timeout(timeout, connect=5.0)
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=32)
    return url, headers, timeout, limits, uds


class ExecutorClient:
    """Blocking client. `execute(code, tests, test_timeout_s=1.0, ...)` -> SubmissionResult."""

    def __init__(self, url: Optional[str] = None, token: Optional[str] = None, timeout: float = 600.0,
                 retries: int = 6, uds: Optional[str] = None):
        url, headers, timeout, limits, uds = _settings(url, token, timeout, uds)
        transport = httpx.HTTPTransport(uds=uds) if uds else None
        self._http = httpx.Client(base_url=url, headers=headers, timeout=timeout, limits=limits,
                                  transport=transport)
        self._retries = retries

    def _request(self, method: str, path: str, **kw) -> httpx.Response:
        try:
            for attempt in _retrying(self._retries):
                with attempt:
                    return _check(self._http.request(method, path, **kw))
        except _Retryable as e:  # still busy after every retry
            raise ExecutorError(e.response.status_code, e.response.text) from None
        raise AssertionError("unreachable")

    def execute(self, code: str, tests: Iterable[Any] = (), engine: Optional[str] = None,
                **limits) -> SubmissionResult:
        body = _submission(code, tests, engine, limits).model_dump(mode="json", exclude_none=True)
        return SubmissionResult.model_validate(self._request("POST", "/v1/execute", json=body).json())

    def execute_batch(self, submissions: Iterable[Union[Submission, dict]],
                      idempotency_key: Optional[str] = None) -> list[Union[SubmissionResult, BatchItemError]]:
        """Results in the order of `submissions`; a failed item is a `BatchItemError`."""
        batch = BatchRequest(submissions=[_as_submission(s) for s in submissions],
                             idempotency_key=idempotency_key or str(uuid.uuid4()))
        body = batch.model_dump(mode="json", exclude_none=True)
        return BatchResponse.model_validate(self._request("POST", "/v1/execute:batch", json=body).json()).results

    def health(self) -> dict:
        return self._request("GET", "/v1/health").json()

    def ready(self) -> Ready:
        # 503 means "not ready yet": report it instead of retrying
        return Ready.model_validate(self._http.get("/v1/ready").json())

    def engines(self) -> EnginesResponse:
        return EnginesResponse.model_validate(self._request("GET", "/v1/engines").json())

    def close(self) -> None:
        self._http.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class AsyncExecutorClient:
    """asyncio client with the same methods as `ExecutorClient`, as coroutines."""

    def __init__(self, url: Optional[str] = None, token: Optional[str] = None, timeout: float = 600.0,
                 retries: int = 6, uds: Optional[str] = None):
        url, headers, timeout, limits, uds = _settings(url, token, timeout, uds)
        transport = httpx.AsyncHTTPTransport(uds=uds) if uds else None
        self._http = httpx.AsyncClient(base_url=url, headers=headers, timeout=timeout, limits=limits,
                                       transport=transport)
        self._retries = retries

    async def _request(self, method: str, path: str, **kw) -> httpx.Response:
        try:
            async for attempt in _retrying(self._retries, tenacity.AsyncRetrying):
                with attempt:
                    return _check(await self._http.request(method, path, **kw))
        except _Retryable as e:
            raise ExecutorError(e.response.status_code, e.response.text) from None
        raise AssertionError("unreachable")

    async def execute(self, code: str, tests: Iterable[Any] = (), engine: Optional[str] = None,
                      **limits) -> SubmissionResult:
        body = _submission(code, tests, engine, limits).model_dump(mode="json", exclude_none=True)
        return SubmissionResult.model_validate((await self._request("POST", "/v1/execute", json=body)).json())

    async def execute_batch(self, submissions: Iterable[Union[Submission, dict]],
                            idempotency_key: Optional[str] = None) -> list[Union[SubmissionResult, BatchItemError]]:
        batch = BatchRequest(submissions=[_as_submission(s) for s in submissions],
                             idempotency_key=idempotency_key or str(uuid.uuid4()))
        body = batch.model_dump(mode="json", exclude_none=True)
        response = await self._request("POST", "/v1/execute:batch", json=body)
        return BatchResponse.model_validate(response.json()).results

    async def health(self) -> dict:
        return (await self._request("GET", "/v1/health")).json()

    async def ready(self) -> Ready:
        return Ready.model_validate((await self._http.get("/v1/ready")).json())

    async def engines(self) -> EnginesResponse:
        return EnginesResponse.model_validate((await self._request("GET", "/v1/engines")).json())

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        await self.aclose()
