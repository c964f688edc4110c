"""Verify a problem set with an executor engine: every reference passes every test, every known-wrong
solution fails at least one, plus the static rules (unique ids, prompt names the entry point, split
sizes, tests per problem).  `qrl data check` and tests/data/test_problem_set.py both run this.
"""
from __future__ import annotations

from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from data.schema import Problem

MIN_MEAN_TESTS = 8
MIN_WRONG = 2
TEST_SHARE = (0.1, 0.3)  # the test split's share of the set


@dataclass
class ProblemCheck:
    id: str
    tests: int
    wrong: int
    reference_passed: int = 0
    reference_status: str = ""  # worst status of a failing reference test ("" when all pass)
    wrong_caught: int = 0  # wrong solutions that fail at least one test
    problems: list[str] = field(default_factory=list)  # what is wrong with this problem

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class SetCheck:
    problems: list[ProblemCheck]
    set_errors: list[str]
    splits: dict[str, int]
    mean_tests: float

    @property
    def ok(self) -> bool:
        return not self.set_errors and all(p.ok for p in self.problems)

    @property
    def failed(self) -> list[ProblemCheck]:
        return [p for p in self.problems if not p.ok]


def static_errors(p: Problem, min_wrong: int = MIN_WRONG) -> list[str]:
    errors = []
    if p.entry_point not in p.prompt:
        errors.append(f"prompt does not name the entry point `{p.entry_point}`")
    if not p.reference.strip():
        errors.append("no reference solution")
    if len(p.wrong_solutions) < min_wrong:
        errors.append(f"{len(p.wrong_solutions)} known-wrong solutions, need {min_wrong}")
    if p.difficulty not in ("easy", "medium", "hard"):
        errors.append(f"difficulty {p.difficulty!r}")
    return errors


def check_problem(p: Problem, engine: str = "qlite", min_wrong: int = MIN_WRONG,
                  test_timeout_s: float = 2.0) -> ProblemCheck:
    """Run the reference and the wrong solutions of one problem with `engine`."""
    from executor.engines import make_engine
    from executor.models import Limits, Submission

    eng = make_engine(engine)
    limits = Limits(test_timeout_s=test_timeout_s, submission_timeout_s=120.0)
    tests = [t.model_dump() for t in p.tests]
    out = ProblemCheck(id=p.id, tests=len(tests), wrong=len(p.wrong_solutions))
    out.problems += static_errors(p, min_wrong)

    ref = eng.run(Submission(code=p.reference, tests=tests, limits=limits), limits)
    out.reference_passed = ref.passed
    if ref.compile_error:
        out.reference_status = "load error"
        out.problems.append(f"reference does not load: {ref.compile_error}")
    elif not ref.perfect:
        bad = [(i, t) for i, t in enumerate(ref.tests) if t.status.value != "pass"]
        out.reference_status = Counter(t.status.value for _, t in bad).most_common(1)[0][0]
        for i, t in bad[:3]:
            out.problems.append(f"reference {t.status.value} on test {i} `{p.tests[i].model_dump().get('call', '')[:60]}`"
                                + (f": {t.error}" if t.error else ""))
        if len(bad) > 3:
            out.problems.append(f"... reference fails {len(bad)} of {len(tests)} tests")
    for j, w in enumerate(p.wrong_solutions):
        res = eng.run(Submission(code=w.code, tests=tests, limits=limits), limits)
        if res.perfect:
            out.problems.append(f"wrong solution {j} ({w.why}) passes every test")
        elif all(t.status.value == "nyi" for t in res.tests if t.status.value != "pass"):
            # failing only by 'nyi says nothing about the tests' strength
            out.problems.append(f"wrong solution {j} fails only with 'nyi")
        else:
            out.wrong_caught += 1
    return out


def _check_one(args):
    p, engine, min_wrong = args
    return check_problem(p, engine, min_wrong)


def check_set(problems: list[Problem], engine: str = "qlite", jobs: int = 1, min_wrong: int = MIN_WRONG,
              on_done=None) -> SetCheck:
    """Check every problem (in `jobs` processes) and the rules about the set as a whole."""
    set_errors = []
    dupes = [i for i, n in Counter(p.id for p in problems).items() if n > 1]
    if dupes:
        set_errors.append(f"duplicate ids: {', '.join(dupes)}")
    splits = Counter(p.split for p in problems)
    mean_tests = sum(len(p.tests) for p in problems) / max(1, len(problems))
    if mean_tests < MIN_MEAN_TESTS:
        set_errors.append(f"mean tests per problem {mean_tests:.2f} < {MIN_MEAN_TESTS}")
    if len(problems) >= 20:
        share = splits.get("test", 0) / len(problems)
        if not TEST_SHARE[0] <= share <= TEST_SHARE[1]:
            set_errors.append(f"test split is {share:.0%} of the set, want {TEST_SHARE[0]:.0%}-{TEST_SHARE[1]:.0%}")

    args = [(p, engine, min_wrong) for p in problems]
    results = []
    if jobs <= 1:
        for a in args:
            results.append(_check_one(a))
            if on_done:
                on_done(results[-1])
    else:
        with ProcessPoolExecutor(jobs) as pool:
            for r in pool.map(_check_one, args):
                results.append(r)
                if on_done:
                    on_done(r)
    return SetCheck(problems=results, set_errors=set_errors, splits=dict(splits), mean_tests=mean_tests)


def stats(problems: list[Problem]) -> tuple[dict, dict]:
    """Counts per difficulty (with the split) and per tag."""
    by_difficulty: dict[str, Counter] = {}
    for p in problems:
        by_difficulty.setdefault(p.difficulty, Counter())[p.split] += 1
    tags = Counter(t for p in problems for t in p.tags)
    return by_difficulty, dict(sorted(tags.items(), key=lambda kv: (-kv[1], kv[0])))


def stats_markdown(problems: list[Problem]) -> str:
    by_difficulty, tags = stats(problems)
    order = [d for d in ("easy", "medium", "hard", "unknown") if d in by_difficulty]
    lines = ["| difficulty | train | test | total |", "|---|---:|---:|---:|"]
    for d in order:
        c = by_difficulty[d]
        lines.append(f"| {d} | {c['train']} | {c['test']} | {c['train'] + c['test']} |")
    n_train = sum(c["train"] for c in by_difficulty.values())
    n_test = sum(c["test"] for c in by_difficulty.values())
    lines.append(f"| **all** | {n_train} | {n_test} | {n_train + n_test} |")
    lines += ["", "| tag | problems |", "|---|---:|"]
    lines += [f"| {t} | {n} |" for t, n in tags.items()]
    n_tests = sum(len(p.tests) for p in problems)
    n_wrong = sum(len(p.wrong_solutions) for p in problems)
    lines += ["", f"{len(problems)} problems, {n_tests} tests (mean {n_tests / max(1, len(problems)):.1f} "
              f"per problem), {n_wrong} known-wrong solutions."]
    return "\n".join(lines) + "\n"
