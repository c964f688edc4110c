"""One worker process: reads jobs as JSON lines on stdin, runs each on its engine, answers on stdout.

Started by the pool (`python -m executor.worker --engine qlite`). The protocol uses duplicates of
fds 0/1; the real fds 0/1 point at /dev/null so that nothing an engine prints can corrupt it.
A job that ran out of memory makes the worker exit after answering: the pool starts a fresh one.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import traceback

from executor.engines import make_engine
from executor.models import EngineName, Limits, Status, Submission, SubmissionResult

# room above the job's own budget for the interpreter, its result and the JSON answer
_MEMORY_SLACK_MB = 256


def _vm_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[0]) * resource.getpagesize()


def _limit_memory(memory_mb: int) -> None:
    """Cap this process's address space at what it uses now plus the job's budget."""
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    soft = _vm_bytes() + ((memory_mb + _MEMORY_SLACK_MB) << 20)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _unlimit_memory() -> None:
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (hard, hard))


def run_job(engines: dict, default: EngineName, job: dict) -> SubmissionResult:
    submission = Submission.model_validate(job["submission"])
    limits = Limits.model_validate(job["limits"])
    name = submission.engine or default
    if name not in engines:
        engines[name] = make_engine(name)
    _limit_memory(limits.memory_mb)
    try:
        return engines[name].run(submission, limits)
    except MemoryError:
        return SubmissionResult.all_failed(len(submission.tests), Status.MEMORY, "wsfull")
    finally:
        _unlimit_memory()


def serve(default: EngineName) -> None:
    proto_in = os.fdopen(os.dup(0), "rb")
    proto_out = os.fdopen(os.dup(1), "wb")
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    sys.stdout = open(os.devnull, "w")
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    engines: dict = {default: make_engine(default)}
    proto_out.write(b'{"ready": true}\n')
    proto_out.flush()
    for line in proto_in:
        recycle, job = False, {}
        try:
            job = json.loads(line)
            result = run_job(engines, default, job)
            recycle = any(t.status is Status.MEMORY for t in result.tests)
            answer = result.model_dump(mode="json")
        except BaseException as e:  # the job is answered whatever happened
            traceback.print_exc(file=sys.stderr)
            n = len(job.get("submission", {}).get("tests", [])) if isinstance(job, dict) else 0
            answer = SubmissionResult.all_failed(
                n, Status.ERROR, f"worker: {type(e).__name__}: {str(e)[:200]}").model_dump(mode="json")
            recycle = True
        proto_out.write(json.dumps(answer).encode() + b"\n")
        proto_out.flush()
        if recycle:
            break


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--engine", default="qlite", choices=[e.value for e in EngineName])
    args = parser.parse_args(argv)
    serve(EngineName(args.engine))


if __name__ == "__main__":
    main()
