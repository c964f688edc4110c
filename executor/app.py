"""The executor HTTP API (FastAPI): thin routes over the pool, plus auth, size limits and metrics.

`create_app(ServerConfig(...))` builds the app; `qrl serve` runs it with uvicorn and `qrl worker`
runs the same app with one local worker on a unix socket.
"""
from __future__ import annotations

import asyncio
import hmac
import os
import time
from collections import OrderedDict
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Optional

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from executor.engines import make_engine
from executor.models import (BatchItemError, BatchRequest, BatchResponse, EngineInfo, EngineName,
                             EnginesResponse, Health, Ready, ServerCaps, Submission, SubmissionResult)
from executor.pool import Pool, QueueFull

_IDEMPOTENCY_KEEP = 1024  # batches remembered by key


@dataclass
class ServerConfig:
    workers: int = 0  # 0: one per CPU
    engine: EngineName = EngineName.QLITE
    caps: ServerCaps = field(default_factory=ServerCaps)
    queue_capacity: int = 4096
    max_body_bytes: int = 64 << 20
    worker_sockets: Optional[str] = None  # dispatch to DIR/*.sock instead of local workers
    token: Optional[str] = field(default_factory=lambda: os.environ.get("QRL_EXECUTOR_TOKEN") or None)
    retry_after_s: int = 1


class Metrics:
    def __init__(self, pool_ref):
        self.registry = CollectorRegistry()
        r = self.registry
        self.queue_depth = Gauge("qrl_executor_queue_depth", "Submissions waiting for a worker", registry=r)
        self.queue_depth.set_function(lambda: pool_ref().depth if pool_ref() else 0)
        self.workers = Gauge("qrl_executor_workers", "Workers serving the queue", registry=r)
        self.workers.set_function(lambda: pool_ref().workers if pool_ref() else 0)
        self.submissions = Counter("qrl_executor_submissions_total", "Submissions answered", ["outcome"],
                                   registry=r)
        self.tests = Counter("qrl_executor_tests_total", "Tests run, by status", ["status"], registry=r)
        self.submission_seconds = Histogram(
            "qrl_executor_submission_seconds", "Queue wait plus run time of a submission", registry=r,
            buckets=(.001, .0025, .005, .01, .02, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 120))
        self.request_seconds = Histogram(
            "qrl_executor_request_seconds", "HTTP request latency", ["route"], registry=r,
            buckets=(.001, .0025, .005, .01, .02, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 120, 300))
        self.restarts = Counter("qrl_executor_worker_restarts_total", "Workers killed or replaced",
                                ["reason"], registry=r)
        self.rejected = Counter("qrl_executor_rejected_total", "Requests refused with 429", registry=r)

    def on_result(self, result: SubmissionResult, seconds: float) -> None:
        self.submission_seconds.observe(seconds)
        outcome = "compile_error" if result.compile_error else ("perfect" if result.perfect else "imperfect")
        self.submissions.labels(outcome).inc()
        for t in result.tests:
            self.tests.labels(t.status.value).inc()


class _BodyLimit:
    """ASGI middleware: refuse bodies over `limit` bytes with 413, declared or streamed."""

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            return await _too_large(send, self.limit)
        if declared is not None:
            return await self.app(scope, receive, send)
        # no declared length (chunked): read it all here, counting, then hand it on
        chunks, seen, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            seen += len(chunks[-1])
            if seen > self.limit:
                return await _too_large(send, self.limit)
            more = message.get("more_body", False)
        replay = [{"type": "http.request", "body": b"".join(chunks), "more_body": False}]

        async def replayed():
            return replay.pop() if replay else await receive()

        await self.app(scope, replayed, send)


class _Timed:
    """ASGI middleware: request latency by route template (a plain ASGI wrapper costs less per request)."""

    def __init__(self, app, histogram):
        self.app, self.histogram = app, histogram

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        t0 = time.perf_counter()
        try:
            await self.app(scope, receive, send)
        finally:
            route = getattr(scope.get("route"), "path", "other")
            self.histogram.labels(route).observe(time.perf_counter() - t0)


async def _too_large(send, limit: int) -> None:
    body = f'{{"detail":"request body larger than {limit} bytes"}}'.encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def create_app(config: Optional[ServerConfig] = None) -> FastAPI:
    config = config or ServerConfig()
    state: dict = {"pool": None}
    metrics = Metrics(lambda: state["pool"])
    batches: OrderedDict[str, asyncio.Future] = OrderedDict()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        pool = Pool(workers=config.workers, engine=config.engine, caps=config.caps,
                    queue_capacity=config.queue_capacity, worker_sockets=config.worker_sockets,
                    on_result=metrics.on_result, on_restart=lambda why: metrics.restarts.labels(why).inc())
        state["pool"] = pool
        await pool.start()
        try:
            yield
        finally:
            await pool.stop()

    app = FastAPI(title="qrl executor", version="1", lifespan=lifespan,
                  description="Runs untrusted q code against tests in sandboxed workers.")
    app.add_middleware(_BodyLimit, limit=config.max_body_bytes)
    app.add_middleware(_Timed, histogram=metrics.request_seconds)

    def authorized(request: Request) -> None:
        if not config.token:
            return
        given = request.headers.get("authorization", "")
        if not hmac.compare_digest(given.encode(), f"Bearer {config.token}".encode()):
            raise HTTPException(401, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"})

    def pool() -> Pool:
        return state["pool"]

    def busy() -> HTTPException:
        metrics.rejected.inc()
        return HTTPException(429, "queue full, retry later", headers={"Retry-After": str(config.retry_after_s)})

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        errors = exc.errors()
        fields = sorted({".".join(str(p) for p in e.get("loc", ())) for e in errors})
        detail = [{"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")} for e in errors]
        return JSONResponse(status_code=422, content={"error": "invalid request: " + ", ".join(fields),
                                                      "detail": detail})

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 400:  # FastAPI could not decode the body at all (bytes that are not UTF-8)
            return JSONResponse(status_code=422, content={"error": "invalid request: body (not UTF-8 JSON)",
                                                          "detail": str(exc.detail)})
        return JSONResponse(status_code=exc.status_code, content={"detail": exc.detail},
                            headers=getattr(exc, "headers", None))


    def check_engine(s: Submission) -> None:
        name = s.engine or config.engine
        if config.worker_sockets is None and name not in available:
            raise HTTPException(422, f"engine: {name.value} is not available here ({available_detail[name]})")

    @app.post("/v1/execute", response_model=SubmissionResult, dependencies=[Depends(authorized)])
    async def execute(submission: Submission) -> SubmissionResult:
        check_engine(submission)
        try:
            future = pool().submit(submission)
        except QueueFull:
            raise busy()
        return await asyncio.shield(future)

    @app.post("/v1/execute:batch", response_model=BatchResponse, dependencies=[Depends(authorized)])
    async def execute_batch(batch: BatchRequest) -> BatchResponse:
        key = batch.idempotency_key
        if key and key in batches:  # a retry: the same answer, computed once
            batches.move_to_end(key)
            return await asyncio.shield(batches[key])
        if len(batch.submissions) > config.queue_capacity:  # would never fit: retrying cannot help
            raise HTTPException(422, f"submissions: a batch of {len(batch.submissions)} is larger than the "
                                     f"queue ({config.queue_capacity}); split it")
        results: list = [None] * len(batch.submissions)
        runnable = []
        for i, s in enumerate(batch.submissions):
            try:
                check_engine(s)
                runnable.append(i)
            except HTTPException as e:
                results[i] = BatchItemError(error=str(e.detail))
        try:
            futures = pool().submit_many([batch.submissions[i] for i in runnable])
        except QueueFull:
            raise busy()

        async def collect() -> BatchResponse:
            answers = await asyncio.gather(*futures, return_exceptions=True)
            for i, r in zip(runnable, answers):
                results[i] = r if isinstance(r, SubmissionResult) else BatchItemError(error=f"{type(r).__name__}: {r}")
            return BatchResponse(results=results)

        # a task of its own: a client that hangs up does not leave a retry waiting on nothing
        task = asyncio.ensure_future(collect())
        if key:
            batches[key] = task
            while len(batches) > _IDEMPOTENCY_KEEP:
                batches.popitem(last=False)
        return await asyncio.shield(task)

    @app.get("/v1/health", response_model=Health)
    async def health() -> Health:
        return Health()

    @app.get("/v1/ready", response_model=Ready)
    async def ready(response: Response) -> Ready:
        p = pool()
        ok = p is not None and p.workers > 0
        if not ok:
            response.status_code = 503
        return Ready(ready=ok, workers=p.workers if p else 0, queue_depth=p.depth if p else 0,
                     queue_capacity=config.queue_capacity, worker_pids=p.worker_pids() if p else [])

    available: set[EngineName] = set()
    available_detail: dict[EngineName, str] = {}
    for name in EngineName:
        ok, detail = make_engine(name).describe()
        available_detail[name] = detail
        if ok:
            available.add(name)

    @app.get("/v1/engines", response_model=EnginesResponse, dependencies=[Depends(authorized)])
    async def engines() -> EnginesResponse:
        return EnginesResponse(engines=[
            EngineInfo(name=n, available=n in available, default=n is config.engine, detail=available_detail[n])
            for n in EngineName])

    @app.get("/metrics")
    async def prometheus() -> Response:
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    return app
