"""How strong are a problem's tests? Apply small edits to its reference (`<` to `<=`, `first` to
`last`, `1_` to `2_`, ...) and list the edited solutions that still pass every test.  A survivor
is either equivalent to the reference or a hole in the tests (`qrl data mutants`).
"""
from __future__ import annotations

import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from data.schema import Problem

# (from, to): typical slips in q — comparison edges, off-by-one drops, ends, directions, aggregates
EDITS = [("<=", "<"), ("<", "<="), (">=", ">"), (">", ">="), ("1_", "2_"), ("1+", "2+"), ("-1", "-2"),
         ("first", "last"), ("last", "first"), ("min", "max"), ("max", "min"), ("asc", "desc"),
         ("desc", "asc"), ("count where", "sum"), ("distinct ", ""), ("mod 2", "mod 3"), ("&", "|"),
         ("|", "&"), ("sums", "sum"), ("=", "<>"), ("0", "1"), ("1", "0"), ("2", "1"), ("reverse ", ""),
         ("til ", "1+til "), ("where ", ""), ("+", "-"), ("-", "+"), ("*", "+"), ("div", "%"), ("not ", ""),
         (" and ", " or "), ("all ", "any "), ("any ", "all "), ("count ", "sum "), ("lower", "upper"),
         ("upper", "lower"), ("mins", "maxs"), ("maxs", "mins"), ("prev", "next"), ("except", "inter"),
         ("inter", "union"), ("1b", "0b"), ("0b", "1b")]


@dataclass
class Survivor:
    id: str
    edit: str
    code: str


def mutants(reference: str) -> list[tuple[str, str]]:
    """(edit description, edited code) for each edit at each place in the function body."""
    body = reference.index("]") + 1 if re.match(r"^\s*\w+:\{\[", reference) else 0
    out = []
    for a, b in EDITS:
        for m in re.finditer(re.escape(a), reference[body:]):
            i = body + m.start()
            out.append((f"{a!r}->{b!r} at {i}", reference[:i] + b + reference[i + len(a):]))
    return out


def _survives(args) -> Survivor | None:
    pid, tests, edit, code, engine = args
    from executor.engines import make_engine
    from executor.models import Limits, Submission

    limits = Limits(test_timeout_s=1.0)
    result = make_engine(engine).run(Submission(code=code, tests=tests, limits=limits), limits)
    return Survivor(pid, edit, code) if result.perfect else None


def survivors(problems: list[Problem], engine: str = "qlite", jobs: int = 1) -> tuple[int, list[Survivor]]:
    """(number of mutants run, the ones that passed every test)."""
    work = [(p.id, [t.model_dump() for t in p.tests], edit, code, engine)
            for p in problems for edit, code in mutants(p.reference)]
    if jobs <= 1:
        found = [_survives(w) for w in work]
    else:
        with ProcessPoolExecutor(jobs) as pool:
            found = list(pool.map(_survives, work, chunksize=8))
    return len(work), [s for s in found if s]
