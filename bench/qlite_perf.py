"""qlite performance figures (printed, never asserted):
start-to-first-result (in process, as a new python process, and the `qlite script.q` CLI), warm median for a
HumanEval-sized solution plus its tests, the executor's path (a fresh interpreter per test) over the data set's
references, loop-heavy q, moving windows, and 1e6-element vector primitives against numpy doing the same work.

    .venv/bin/python bench/qlite_perf.py            # everything (about a minute)
    .venv/bin/python bench/qlite_perf.py start refs # some parts: start warm refs loops vectors

Start figures are taken with bytecode written (PYTHONDONTWRITEBYTECODE unset, one warm-up run), as an installed
package runs; process CPU time is printed beside wall time because a shared machine inflates wall time.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SOLUTION = """
twoSum:{[nums;target]
  d:()!(); i:0;
  while[i<count nums;
    c:target-nums i;
    if[c in key d; :(d c),i];
    d[nums i]:i;
    i+:1];
  ()}
isPal:{x~reverse x}
fizz:{$[0=x mod 15;"FizzBuzz";0=x mod 3;"Fizz";0=x mod 5;"Buzz";string x]}
"""
TESTS = ["twoSum[2 7 11 15;9]~0 1", "twoSum[3 2 4;6]~1 2", "twoSum[3 3;6]~0 1",
         "isPal[\"racecar\"]", "not isPal \"ab\"", "(fizz each 1+til 5)~(enlist \"1\";enlist \"2\";\"Fizz\";enlist \"4\";\"Buzz\")"]


def start_to_first_result_ms(runs=5):
    """Medians of (in-process wall, process CPU, process wall) for import + Interpreter() + first line,
    and the wall time of `qlite script.q` printing one result."""
    code = ("import time;t=time.perf_counter();from qlite import Interpreter;Interpreter().repl('1+1');"
            "print((time.perf_counter()-t)*1000, time.process_time()*1000)")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    qlite_cli = Path(sys.executable).with_name("qlite")
    with tempfile.NamedTemporaryFile("w", suffix=".q", delete=False) as fh:
        fh.write("-1 string 1+1;\n\\\\\n")
        script = fh.name
    inproc, cpu, wall, cli = [], [], [], []
    try:
        for i in range(runs + 1):
            t0 = time.perf_counter()
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env).stdout
            w = (time.perf_counter() - t0) * 1000
            t0 = time.perf_counter()
            subprocess.run([str(qlite_cli), script], capture_output=True, cwd=ROOT, env=env, stdin=subprocess.DEVNULL)
            c = (time.perf_counter() - t0) * 1000
            if i == 0:
                continue          # the warm-up writes bytecode
            a, b = out.split()
            inproc.append(float(a))
            cpu.append(float(b))
            wall.append(w)
            cli.append(c)
    finally:
        os.unlink(script)
    return statistics.median(inproc), statistics.median(cpu), statistics.median(wall), statistics.median(cli)


def warm_median_ms(runs=300):
    from qlite import Interpreter
    ip = Interpreter()
    for _ in range(5):
        ip.eval(SOLUTION)
        for t in TESTS:
            ip.eval(t)
    ts = []
    for _ in range(runs):
        t0 = time.perf_counter()
        ip.eval(SOLUTION)
        for t in TESTS:
            r = ip.eval(t)
            assert bool(r.v), t
        ts.append((time.perf_counter() - t0) * 1000)
    return statistics.median(ts)


def fresh_interpreter_ms(runs=300):
    """Median of the executor's unit of work on the sample above: a new Interpreter, the solution, one test."""
    from qlite import Interpreter
    ts = []
    for i in range(runs):
        t0 = time.perf_counter()
        ip = Interpreter()
        ip.eval(SOLUTION)
        ip.eval(TESTS[i % len(TESTS)])
        ts.append((time.perf_counter() - t0) * 1000)
    return statistics.median(ts[10:])


def reference_submissions():
    """The data set's references with their tests through the executor's qlite engine (a fresh interpreter
    per test, expected values in a pristine one): ms per submission (median, p90, max), total s, and the slowest."""
    from executor.engines.qlite import QliteEngine
    from executor.models import Limits, Submission
    probs = [json.loads(line) for f in sorted((ROOT / "data" / "problems").glob("*.jsonl")) for line in open(f)]
    subs = [(p["id"], Submission(code=p["reference"], tests=p["tests"])) for p in probs]
    engine, limits = QliteEngine(), Limits()
    for _, sub in subs[:20]:
        engine.run(sub, limits)
    per, passed, total = [], 0, 0
    t0 = time.perf_counter()
    for pid, sub in subs:
        t = time.perf_counter()
        r = engine.run(sub, limits)
        per.append(((time.perf_counter() - t) * 1000, pid))
        passed += r.passed
        total += r.total
    elapsed = time.perf_counter() - t0
    ms = sorted(m for m, _ in per)
    return dict(n=len(per), tests=total, passed=passed, median=statistics.median(ms), p90=ms[int(len(ms) * 0.9)],
                max=ms[-1], total_s=elapsed, slowest=sorted(per, reverse=True)[:3])


LOOPS = [  # (what, q) loop-heavy shapes the references use
    ("do 10000 (s+:i; i+:1)", "{s:0;i:0;do[x;s+:i;i+:1];s} 10000"),
    ("while 10000", "{s:0;i:0;while[i<x;s+:i;i+:1];s} 10000"),
    ("each 10000 lambda", "{x*x} each til 10000"),
    ("over 10000 lambda", "{x+y}/[til 10000]"),
    ("1000 mmax til 2000", "1000 mmax til 2000"),
    ("1000 mmin 1e6 longs", "1000 mmin 1000000?100"),
]


def loops_ms():
    from qlite import Interpreter
    ip = Interpreter()
    out = []
    for what, q in LOOPS:
        ip.eval(q)
        ts = []
        for _ in range(5):
            t0 = time.perf_counter()
            ip.eval(q)
            ts.append((time.perf_counter() - t0) * 1000)
        out.append((what, statistics.median(ts)))
    return out


def vector_ratios():
    import numpy as np
    from qlite import Interpreter
    ip = Interpreter()
    ip.eval("a:1000000?100; b:1000000?100; f:1000000?1.0")
    a = ip.eval("a").v
    b = ip.eval("b").v
    f = ip.eval("f").v
    cases = [("til 1000000", lambda: np.arange(1000000)), ("a+b", lambda: a + b), ("sum a", lambda: a.sum()),
             ("a*2", lambda: a * 2), ("max a", lambda: a.max()), ("where a>50", lambda: np.flatnonzero(a > 50)),
             ("f%3", lambda: f / 3), ("a=b", lambda: a == b), ("max f", lambda: f.max()),
             ("sums a", lambda: np.cumsum(a)), ("asc a", lambda: np.sort(a, kind="stable")),
             ("a where a>50", lambda: a[a > 50]), ("a mod 7", lambda: np.mod(a, 7))]
    out = []
    for q, npf in cases:
        def timeit(fn, n=20):
            ts = []
            for _ in range(n):
                t0 = time.perf_counter()
                fn()
                ts.append(time.perf_counter() - t0)
            return statistics.median(ts)
        tq = timeit(lambda: ip.eval(q))
        tn = timeit(npf)
        out.append((q, tq * 1000, tn * 1000, tq / tn))
    return out


def main():
    parts = set(sys.argv[1:]) or {"start", "warm", "refs", "loops", "vectors"}
    if "start" in parts:
        inproc, cpu, wall, cli = start_to_first_result_ms()
        print(f"start to first result: {inproc:.1f} ms in process (import + Interpreter + first line); as a new python "
              f"process {wall:.1f} ms wall, {cpu:.1f} ms CPU; `qlite script.q` {cli:.1f} ms wall")
    if "warm" in parts:
        print(f"warm HumanEval-sized solution + {len(TESTS)} tests: median {warm_median_ms():.3f} ms")
        print(f"fresh Interpreter + that solution + one test: median {fresh_interpreter_ms():.3f} ms")
    if "refs" in parts:
        r = reference_submissions()
        print(f"data set references through the executor's qlite engine: {r['n']} submissions, {r['tests']} tests "
              f"({r['passed']} pass), per submission median {r['median']:.1f} ms, p90 {r['p90']:.1f} ms, "
              f"max {r['max']:.0f} ms; all {r['total_s']:.2f} s; slowest "
              + ", ".join(f"{pid} {m:.0f} ms" for m, pid in r["slowest"]))
    if "loops" in parts:
        print("loops and moving windows (median ms):")
        for what, ms in loops_ms():
            print(f"  {what:<24} {ms:9.3f}")
    if "vectors" in parts:
        print("1e6-element vector primitives (median ms): qlite / numpy = ratio")
        for q, tq, tn, r in vector_ratios():
            print(f"  {q:<14} {tq:8.3f} / {tn:8.3f} = {r:5.2f}x")


if __name__ == "__main__":
    main()
