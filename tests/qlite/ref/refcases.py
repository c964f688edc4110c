"""Run curated KX documentation cases against qlite: one fresh Interpreter per block, setup lines then
the input through `interp.repl`, compared with what kdb+ printed. Shared by test_ref.py and
tools/curate_docs.py --update-known (which also reports pass rates and the common failure causes).
"""

from __future__ import annotations

import collections
import io
import json
import re
import signal
from dataclasses import dataclass
from pathlib import Path

REF_DIR = Path(__file__).resolve().parent
CASE_SECONDS = 5.0          # a hung case must not stall the whole suite


@dataclass
class Result:
    id: str
    area: str
    input: str
    expected: str
    actual: str
    status: str              # pass | fail | error | nyi
    cause: str = ""          # why it did not pass, for grouping failures


def load_cases(ref_dir: Path = REF_DIR) -> list[dict]:
    rows = []
    for path in sorted(ref_dir.glob("*.jsonl")):
        if path.name != "skips.jsonl":
            rows += [json.loads(line) for line in path.read_text().split("\n") if line.strip()]
    return rows


def load_known_failures(ref_dir: Path = REF_DIR) -> set[str]:
    path = ref_dir / "known_failures.txt"
    if not path.exists():
        return set()
    return {line.strip() for line in path.read_text().split("\n") if line.strip() and not line.startswith("#")}


def block_key(case: dict) -> str:
    return case["id"].rsplit(":", 1)[0]


def normalize(text: str) -> str:
    """kdb+ console text up to trailing blanks, which the pages do not keep reliably."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


class _Timeout(Exception):
    pass


def _alarm(_sig, _frame):
    raise _Timeout()


def _guarded(fn, *args):
    """Call fn with a wall-clock guard, unless someone (pytest-timeout) already owns SIGALRM."""
    if signal.getitimer(signal.ITIMER_REAL) != (0.0, 0.0):
        return fn(*args)
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, CASE_SECONDS)
    try:
        return fn(*args)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def run_block(cases: list[dict]) -> list[Result]:
    """Run one block's cases in order in one fresh interpreter."""
    from qlite import Interpreter, Limits, QError, QExit

    out, err = io.StringIO(), io.StringIO()
    interp = Interpreter(sandbox=True, limits=Limits(max_seconds=CASE_SECONDS, max_depth=2000),
                         stdout=out, stderr=err)
    done: list[str] = []             # setup lines and inputs already run, in order
    setup_nyi = ""
    results = []
    for case in cases:
        for line in case["setup"][len(done):]:
            try:
                _guarded(interp.repl, line)
            except QError as e:
                if e.name == "nyi" and not setup_nyi:
                    setup_nyi = line
            except (QExit, _Timeout, RecursionError, Exception):  # noqa: B014 - a setup line may fail
                pass
            done.append(line)
        out.seek(0), out.truncate(), err.seek(0), err.truncate()
        results.append(_run_case(interp, case, out, err, setup_nyi, QError, QExit))
        done.append(case["input"])
    return results


def _run_case(interp, case, out, err, setup_nyi, QError, QExit) -> Result:
    expected = normalize(case["output"])

    def result(actual: str, status: str, cause: str = "") -> Result:
        return Result(case["id"], case["area"], case["input"], expected, actual, status, cause)

    try:
        shown = _guarded(interp.repl, case["input"])
    except QError as e:
        actual = "'" + e.name
        if e.name == "nyi":
            return result(actual, "nyi", "nyi" + (f" (setup: {setup_nyi})" if setup_nyi else ""))
        if expected.startswith("'") and expected.split("\n")[0] == actual:
            return result(actual, "pass")
        if setup_nyi:
            return result(actual, "nyi", f"nyi (setup: {setup_nyi})")
        return result(actual, "fail", f"raised '{e.name}" + ("" if expected.startswith("'") else " (kdb+ gives a value)"))
    except QExit as e:
        return result(f"exit {e.code}", "error", "QExit")
    except _Timeout:
        return result("", "error", "timeout")
    except RecursionError:
        return result("", "error", "python RecursionError")
    except Exception as e:  # a crash inside qlite is a failure of this case, not of the suite
        return result("", "error", f"python {type(e).__name__}: {str(e)[:80]}")
    # the console shows stdout, stderr (`-2`, `2"..."`) and the echoed value together
    actual = normalize(out.getvalue() + ("" if expected.startswith("'") else err.getvalue()) + (shown or ""))
    if expected.startswith("'"):
        printed = actual or normalize(err.getvalue())
        first = printed.split("\n")[0]
        if first == expected.split("\n")[0]:
            return result(first, "pass")
        return result(printed, "fail", "gives a value where kdb+ errors" if not first.startswith("'")
                      else f"wrong error {first} (kdb+ {expected.split(chr(10))[0]})")
    if actual == expected:
        return result(actual, "pass")
    if setup_nyi:
        return result(actual, "nyi", f"nyi (setup: {setup_nyi})")
    return result(actual, "fail", "wrong output")


def run_all(cases: list[dict]) -> list[Result]:
    blocks: dict[str, list[dict]] = collections.defaultdict(list)
    for case in cases:
        blocks[block_key(case)].append(case)
    results = []
    for rows in blocks.values():
        results += run_block(rows)
    return results


def primitive(src: str) -> str:
    """The outermost verb or keyword of an input (q reads right to left, so the leftmost one)."""
    code = re.sub(r'"(?:\\.|[^"\\])*"', '""', src)
    code = re.sub(r"(^|\s)/.*", "", code)
    m = re.search(r"\b(select|exec|update|delete)\b", code)
    if m:
        return m.group(1)
    m = re.search(r"(?<![\w.`])([a-z][a-z0-9]*)\b(?!\s*:)", code)
    glyph = re.search(r"[-+*%!#_~,^$?@.|&=<>]+", re.sub(r"\d+\.\d+|`[\w.]*", " ", code))
    if m:
        return m.group(1)
    return glyph.group(0) if glyph else "(literal)"


def report(results: list[Result], causes: int = 30) -> str:
    """Pass rates overall and per area (in scope = every curated case) and the commonest failures."""
    lines = []
    by_area: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for r in results:
        by_area[r.area][r.status] += 1
        by_area["ALL"][r.status] += 1
    lines.append(f"{'area':10} {'cases':>6} {'pass':>6} {'fail':>6} {'error':>6} {'nyi':>6} {'pass%':>7} {'pass% ex-nyi':>13}")
    for area in ["ALL"] + sorted(a for a in by_area if a != "ALL"):
        c = by_area[area]
        n = sum(c.values())
        ex = n - c["nyi"]
        lines.append(f"{area:10} {n:6} {c['pass']:6} {c['fail']:6} {c['error']:6} {c['nyi']:6} "
                     f"{100 * c['pass'] / max(n, 1):6.1f}% {100 * c['pass'] / max(ex, 1):12.1f}%")
    bad = [r for r in results if r.status in ("fail", "error")]
    grouped = collections.Counter(f"{r.cause} — {primitive(r.input)}" for r in bad)
    lines.append("")
    lines.append(f"most common failure causes (of {len(bad)} failing cases; cause — outermost primitive):")
    for cause, n in grouped.most_common(causes):
        example = next(r for r in bad if f"{r.cause} — {primitive(r.input)}" == cause)
        lines.append(f"{n:5}  {cause}   e.g. {example.id}: {example.input[:60]}")
    text = "\n".join(lines)
    print(text)
    return text
