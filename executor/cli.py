"""`qrl` sub-commands of the executor part: serve, worker, exec, eval."""
from __future__ import annotations

import asyncio
import contextlib
import json
import os
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from executor.models import EngineName, Limits, ServerCaps, Status, Submission

console = Console(stderr=True)


def register(app: typer.Typer) -> None:
    """Add this part's commands to the `qrl` app."""
    app.command("serve")(serve)
    app.command("worker")(worker)
    app.command("exec")(exec_)
    app.command("eval")(eval_)


def _caps(max_test_timeout: float, max_submission_timeout: float, max_memory_mb: int,
          max_output_bytes: int) -> ServerCaps:
    return ServerCaps(test_timeout_s=max_test_timeout, submission_timeout_s=max_submission_timeout,
                      memory_mb=max_memory_mb, output_bytes=max_output_bytes)


def serve(
    host: str = typer.Option("127.0.0.1", help="address to listen on"),
    port: int = typer.Option(8900, help="port to listen on"),
    engine: EngineName = typer.Option(EngineName.QLITE, help="engine for requests that name none"),
    workers: int = typer.Option(0, help="worker processes (0: one per CPU)"),
    queue_capacity: int = typer.Option(4096, help="submissions waiting before 429"),
    worker_sockets: Optional[Path] = typer.Option(None, help="dispatch to DIR/*.sock (qrl worker) instead"),
    max_test_timeout: float = typer.Option(10.0, help="cap on a request's test_timeout_s"),
    max_submission_timeout: float = typer.Option(120.0, help="cap on a request's submission_timeout_s"),
    max_memory_mb: int = typer.Option(4096, help="cap on a request's memory_mb"),
    max_output_bytes: int = typer.Option(1 << 20, help="cap on a request's output_bytes"),
    max_body_mb: int = typer.Option(64, help="largest request body"),
    log_level: str = typer.Option("warning"),
) -> None:
    """Run the executor HTTP API (token from QRL_EXECUTOR_TOKEN, if set)."""
    import uvicorn

    from executor.app import ServerConfig, create_app
    config = ServerConfig(workers=workers, engine=engine, queue_capacity=queue_capacity,
                          worker_sockets=str(worker_sockets) if worker_sockets else None,
                          caps=_caps(max_test_timeout, max_submission_timeout, max_memory_mb, max_output_bytes),
                          max_body_bytes=max_body_mb << 20)
    uvicorn.run(create_app(config), host=host, port=port, log_level=log_level, access_log=False)


def worker(
    socket: Path = typer.Option(..., help="unix socket to serve on (e.g. DIR/$(hostname).sock)"),
    engine: EngineName = typer.Option(EngineName.QLITE),
    max_test_timeout: float = typer.Option(10.0),
    max_submission_timeout: float = typer.Option(120.0),
    max_memory_mb: int = typer.Option(4096),
    max_output_bytes: int = typer.Option(1 << 20),
    log_level: str = typer.Option("warning"),
) -> None:
    """One worker serving the execute API on a unix socket, for `qrl serve --worker-sockets DIR`."""
    import uvicorn

    from executor.app import ServerConfig, create_app
    config = ServerConfig(workers=1, engine=engine, queue_capacity=8, token=None,
                          caps=_caps(max_test_timeout, max_submission_timeout, max_memory_mb, max_output_bytes))
    with contextlib.suppress(FileNotFoundError):
        socket.unlink()
    try:
        uvicorn.run(create_app(config), uds=str(socket), log_level=log_level, access_log=False)
    finally:  # a vanished socket tells the gateway this worker is gone
        with contextlib.suppress(FileNotFoundError):
            socket.unlink()


def _read_tests(path: Optional[Path]) -> list:
    if path is None:
        return []
    data = json.loads(path.read_text())
    return data["tests"] if isinstance(data, dict) else data


def exec_(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="q source to run"),
    tests: Optional[Path] = typer.Option(None, help="JSON: a list of tests, or an object with 'tests'"),
    engine: EngineName = typer.Option(EngineName.QLITE),
    url: Optional[str] = typer.Option(None, help="run on this executor server instead of in-process"),
    test_timeout: float = typer.Option(1.0),
    submission_timeout: float = typer.Option(30.0),
    memory_mb: int = typer.Option(512),
    as_json: bool = typer.Option(False, "--json", help="print the result as JSON"),
) -> None:
    """Run a q file once: against tests (a result table, exit 1 unless all pass), or alone (its output)."""
    code = file.read_bytes().decode("utf-8", "surrogateescape")
    limits = Limits(test_timeout_s=test_timeout, submission_timeout_s=submission_timeout, memory_mb=memory_mb)
    test_list = _read_tests(tests)
    if not test_list and url is None:
        raise typer.Exit(_run_alone(code, engine, limits))
    submission = Submission(code=code, tests=test_list, engine=engine, limits=limits)
    if url:
        from executor.client import ExecutorClient
        with ExecutorClient(url) as client:
            result = client.execute(submission.code, submission.tests, engine.value, **limits.model_dump())
    else:
        from executor.engines import make_engine
        result = make_engine(engine).run(submission, limits)
    if as_json:
        print(result.model_dump_json(indent=2))
    else:
        table = Table(title=f"{file.name}: {result.passed}/{result.total} passed")
        for col in ("#", "test", "status", "error", "ms"):
            table.add_column(col)
        for i, (t, r) in enumerate(zip(test_list, result.tests)):
            what = t.get("call") or t.get("code") if isinstance(t, dict) else str(t)
            colour = "green" if r.status is Status.PASS else "red"
            table.add_row(str(i), (what or "")[:60], f"[{colour}]{r.status.value}[/]", r.error or "",
                          f"{r.elapsed_ms:.1f}")
        Console().print(table)
        if result.compile_error:
            console.print(f"[red]load error:[/] {result.compile_error}")
    ok = result.perfect if test_list else not result.compile_error  # no tests: did it load?
    raise typer.Exit(0 if ok else 1)


def _run_alone(code: str, engine: EngineName, limits: Limits) -> int:
    """No tests: run the file like `q FILE.q` in the sandbox and pass its output through."""
    if engine is EngineName.QBINARY:
        import subprocess
        import tempfile
        with tempfile.NamedTemporaryFile("wb", suffix=".q") as f:
            f.write(code.encode("utf-8", "surrogateescape"))
            f.flush()
            return subprocess.run([os.environ.get("Q_BINARY", "q"), f.name], stdin=subprocess.DEVNULL,
                                  timeout=limits.submission_timeout_s).returncode
    import qlite
    interp = qlite.Interpreter(sandbox=True, limits=qlite.Limits(max_seconds=limits.submission_timeout_s,
                                                                 max_memory_bytes=limits.memory_mb << 20))
    try:
        interp.run_script(code, name="script.q")
    except qlite.QExit as e:
        return int(e.code)
    return 0


def eval_(
    problems: str = typer.Option(..., help="problems: a .jsonl file, a directory of them, or train/test/all"),
    completions: Path = typer.Option(..., exists=True, help='JSONL lines {"id": ..., "completion": ...}'),
    k: str = typer.Option("1,5,10", help="comma-separated k values"),
    out: Path = typer.Option(Path("passk.json"), help="where to write the JSON report"),
    url: Optional[str] = typer.Option(None, help="executor server; default: a local pool"),
    engine: EngineName = typer.Option(EngineName.QLITE),
    workers: int = typer.Option(0, help="local pool size (0: one per CPU)"),
    test_timeout: float = typer.Option(1.0),
    chunk: int = typer.Option(256, help="submissions per batch request"),
) -> None:
    """pass@k of completions: runs them all, prints a table, writes JSON (unbiased estimator)."""
    from executor.passk import load_problem_tests, plan, read_completions, score
    ks = [int(x) for x in k.split(",") if x.strip()]
    tests = load_problem_tests(problems)
    limits = Limits(test_timeout_s=test_timeout)
    submissions, owners = plan(tests, read_completions(str(completions)), limits)
    for s in submissions:
        s.engine = engine
    with Progress(TextColumn("running"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console) as progress:
        task = progress.add_task("run", total=len(submissions))
        if url:
            results = _run_remote(url, submissions, chunk, lambda n: progress.advance(task, n))
        else:
            results = asyncio.run(_run_local(submissions, engine, workers, lambda n: progress.advance(task, n)))
    scores, overall = score(owners, results, ks)
    table = Table(title=f"pass@k over {len(scores)} problems, {len(owners)} completions")
    for col in ["problem", "n", "c"] + [f"pass@{x}" for x in ks]:
        table.add_column(col)
    for s in scores:
        table.add_row(s.id, str(s.n), str(s.c), *[fmt(s.pass_at[x]) for x in ks])
    table.add_row("[bold]overall[/]", "", "", *[fmt(overall[f"pass@{x}"]) for x in ks])
    Console().print(table)
    report = {"overall": overall, "k": ks, "problems": [
        {"id": s.id, "n": s.n, "c": s.c, "no_code": s.no_code,
         **{f"pass@{x}": s.pass_at[x] for x in ks}} for s in scores]}
    out.write_text(json.dumps(report, indent=2))
    console.print(f"wrote {out}")


def fmt(v: Optional[float]) -> str:
    return "-" if v is None else f"{v:.3f}"


def _run_remote(url: str, submissions: list, chunk: int, advance) -> list:
    from executor.client import ExecutorClient
    results = []
    with ExecutorClient(url) as client:
        for i in range(0, len(submissions), chunk):
            part = submissions[i:i + chunk]
            results.extend(client.execute_batch(part))
            advance(len(part))
    return results


async def _run_local(submissions: list, engine: EngineName, workers: int, advance) -> list:
    from executor.pool import Pool
    pool = Pool(workers=workers, engine=engine, queue_capacity=max(len(submissions), 1))
    await pool.start()
    try:
        futures = pool.submit_many(submissions)
        for f in futures:
            f.add_done_callback(lambda _: advance(1))
        return await asyncio.gather(*futures)
    finally:
        await pool.stop()

