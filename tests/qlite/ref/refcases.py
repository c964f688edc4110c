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
import time
from dataclasses import dataclass
from pathlib import Path

REF_DIR = Path(__file__).resolve().parent

# The .q keywords, reserved words, qSQL words and the implicit lambda arguments.
Q_KEYWORDS = set("""
abs acos aj aj0 ajf ajf0 all and any asc asin asof atan attr avg avgs bin binr ceiling cols cor cos
count cov cross csv cut delete deltas desc dev differ distinct div do dsave each ej ema enlist eval
except exec exit exp fby fills first fkeys flip floor get getenv group gtime hclose hcount hdel hopen
hsym iasc idesc if ij ijf in insert inter inv key keys last like lj ljf load log lower lsq ltime
ltrim mavg max maxs mcount md5 mdev med meta min mins mmax mmin mmu mod msum neg next not null or
over parse peach pj plist prd prds prev prior rand rank ratios raze read0 read1 reciprocal reval
reverse rload rotate rsave rtrim save scan scov sdev select set setenv show signum sin sqrt ss ssr
string sublist sum sums sv svar system tables tan til trim type uj ujf ungroup union update upper
upsert value var view views vs wavg where while within wj wj1 wsum xasc xbar xcol xcols xdesc xexp
xgroup xkey xlog xprev xrank by from x y z i
""".split())
CASE_SECONDS = 2.0          # a hung case must not stall the whole suite


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
    """Call fn under a wall-clock guard; an outer alarm (pytest-timeout) is restored afterwards."""
    outer_left, _ = signal.getitimer(signal.ITIMER_REAL)
    old = signal.signal(signal.SIGALRM, _alarm)
    start = time.monotonic()
    signal.setitimer(signal.ITIMER_REAL, min(CASE_SECONDS, outer_left) if outer_left else CASE_SECONDS)
    try:
        return fn(*args)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
        if outer_left:
            signal.setitimer(signal.ITIMER_REAL, max(outer_left - (time.monotonic() - start), 0.001))


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
                shown = _guarded(interp.repl, line)
                if shown and shown.startswith("'nyi") and not setup_nyi:
                    setup_nyi = line
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
        if shown and shown.startswith("'") and not shown.startswith("'["):
            raise QError(shown[1:].split("\n")[0])   # the console prints an error as 'name
    except QError as e:
        actual = "'" + e.name
        if e.name == "nyi" and expected != "'nyi":    # kdb+ itself says 'nyi to a few things
            return result(actual, "nyi", "nyi" + (f" (setup: {setup_nyi})" if setup_nyi else ""))
        if expected.startswith("'") and expected.split("\n")[0] == actual:
            return result(actual, "pass")
        if setup_nyi:
            return result(actual, "nyi", f"nyi (setup: {setup_nyi})")
        why = "" if expected.startswith("'") else " (kdb+ gives a value)"
        return result(actual, "fail", f"raised '{e.name}{why}")
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
    if case.get("match") == "prefix":    # the page printed only the first lines (then `..`)
        lines, want = actual.split("\n"), expected.split("\n")
        if len(lines) > len(want) and lines[:len(want)] == want:
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


Q_ERRORS = {"type", "length", "rank", "domain", "from", "parse", "index", "nyi", "stop", "mismatch",
            "assign", "cast", "match", "limit", "insert", "params", "stack", "wsfull", "access", "value",
            "s-fail", "u-fail", "step", "dup", "stype", "splay", "par", "noamend", "loop", "os"}


def cause_of(r: Result) -> str:
    """A short class of why a case failed, so failures group into things to fix."""
    if r.status != "fail" or r.cause != "wrong output":
        m = re.match(r"raised '(\S+)", r.cause)
        name = m.group(1) if m else ""
        if name in Q_ERRORS or not re.fullmatch(r"\.?[A-Za-z][\w.]*", name):
            return r.cause
        if (name in Q_KEYWORDS and name not in ("x", "y", "z", "i")) or re.match(r"\.[Qqzhjm]\.", name):
            return f"keyword {name} missing: signals '{name} (value error), not 'nyi"
        return "undefined name (an earlier step of the block failed or was skipped)"
    exp, act = r.expected, r.actual
    if exp.split() == act.split():
        return "wrong output: spacing/alignment"
    if exp.replace("`", "") == act.replace("`", ""):
        return "wrong output: symbol backticks in display"
    if exp.replace('"', "") == act.replace('"', "") or exp.replace(",", "") == act.replace(",", ""):
        return "wrong output: string/enlist display"
    strip_suffix = lambda t: re.sub(r"(?<=[\d.])[hijefb]\b", "", t)  # noqa: E731
    if strip_suffix(exp) == strip_suffix(act):
        return "wrong output: type suffix (wrong type)"
    digits = lambda t: re.sub(r"\d+\.\d+(e[-+]\d+)?|\d+e[-+]\d+", "F", t)  # noqa: E731
    if digits(exp) == digits(act):
        return "wrong output: float digits/precision"
    if len(exp.split("\n")) != len(act.split("\n")):
        return "wrong output: different shape (lines)"
    return "wrong output: different value"


def report(results: list[Result], causes: int = 30) -> str:
    """Pass rates overall and per area (in scope = every curated case) and the commonest failures."""
    lines = []
    by_area: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for r in results:
        by_area[r.area][r.status] += 1
        by_area["ALL"][r.status] += 1
    lines.append(f"{'area':10} {'cases':>6} {'pass':>6} {'fail':>6} {'error':>6} {'nyi':>6} {'pass%':>7} "
                 f"{'pass% ex-nyi':>13}")
    for area in ["ALL"] + sorted(a for a in by_area if a != "ALL"):
        c = by_area[area]
        n = sum(c.values())
        ex = n - c["nyi"]
        lines.append(f"{area:10} {n:6} {c['pass']:6} {c['fail']:6} {c['error']:6} {c['nyi']:6} "
                     f"{100 * c['pass'] / max(n, 1):6.1f}% {100 * c['pass'] / max(ex, 1):12.1f}%")
    bad = [r for r in results if r.status in ("fail", "error")]
    cascade = [r for r in bad if cause_of(r).startswith("undefined name")]
    keyed = [(f"{cause_of(r)} — {primitive(r.input)}", r) for r in bad if r not in cascade]
    grouped = collections.Counter(k for k, _ in keyed)
    lines.append("")
    lines.append(f"most common failure causes (of {len(bad)} failing cases, leaving out {len(cascade)} that fail "
                 f"only because an earlier step of their block failed; cause — outermost primitive):")
    for cause, n in grouped.most_common(causes):
        example = next(r for k, r in keyed if k == cause)
        lines.append(f"{n:5}  {cause}   e.g. {example.id}: {example.input[:50]}")
    classes = collections.Counter(cause_of(r) for r in bad)
    lines.append("")
    lines.append("failing cases by cause class:")
    lines += [f"{n:5}  {c}" for c, n in classes.most_common(15)]
    nyi = collections.Counter(primitive(r.input) for r in results if r.status == "nyi")
    lines.append("")
    lines.append("nyi cases by outermost primitive: " + ", ".join(f"{p} {n}" for p, n in nyi.most_common(15)))
    text = "\n".join(lines)
    print(text)
    return text
