"""qlite performance figures (printed, never asserted):
start-to-first-result, warm median for a HumanEval-sized solution plus its tests, and 1e6-element
vector primitives against numpy doing the same work.

    .venv/bin/python bench/qlite_perf.py
"""
from __future__ import annotations

import statistics
import subprocess
import sys
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
    code = "import time;t=time.perf_counter();from qlite import Interpreter;Interpreter().repl('1+1');print((time.perf_counter()-t)*1000)"
    inproc = []
    wall = []
    for _ in range(runs):
        t0 = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT).stdout
        wall.append((time.perf_counter() - t0) * 1000)
        inproc.append(float(out.strip()))
    return statistics.median(inproc), statistics.median(wall)


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


def vector_ratios():
    import numpy as np
    from qlite import Interpreter
    ip = Interpreter()
    ip.eval("a:1000000?100; b:1000000?100; f:1000000?1.0")
    a = ip.eval("a").v
    b = ip.eval("b").v
    f = ip.eval("f").v
    cases = [("a+b", lambda: a + b), ("sum a", lambda: a.sum()), ("a*2", lambda: a * 2),
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
    inproc, wall = start_to_first_result_ms()
    print(f"start to first result: {inproc:.1f} ms in process (import + Interpreter + first line), "
          f"{wall:.1f} ms as a new python process")
    print(f"warm HumanEval-sized solution + {len(TESTS)} tests: median {warm_median_ms():.3f} ms")
    print("1e6-element vector primitives (median ms): qlite / numpy = ratio")
    for q, tq, tn, r in vector_ratios():
        print(f"  {q:<14} {tq:8.3f} / {tn:8.3f} = {r:5.2f}x")


if __name__ == "__main__":
    main()
