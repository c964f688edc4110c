"""pass@k evaluation: run every completion of every problem, then the unbiased estimator per problem.

pass@k = 1 − C(n−c, k) / C(n, k) for n completions of which c pass all tests (Chen et al. 2021);
the overall figure is the mean over problems with at least k completions.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from math import comb
from pathlib import Path
from typing import Iterable, Optional

from executor.extract import extract_code
from executor.models import Limits, Submission


def pass_at_k(n: int, c: int, k: int) -> Optional[float]:
    """Unbiased pass@k for one problem; None when fewer than k completions exist."""
    if k <= 0 or n < k:
        return None
    if n - c < k:
        return 1.0
    return 1.0 - comb(n - c, k) / comb(n, k)


@dataclass
class ProblemScore:
    id: str
    n: int = 0
    c: int = 0
    no_code: int = 0  # completions with nothing to extract
    pass_at: dict = field(default_factory=dict)


def load_problem_tests(spec: str) -> dict[str, list[dict]]:
    """Tests by problem id from a .jsonl file, a directory of them, or a split name of the built-in set."""
    path = Path(spec)
    if path.exists():
        files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
        problems = {}
        for f in files:
            for line in f.read_text().splitlines():
                if line.strip():
                    p = json.loads(line)
                    problems[p["id"]] = p["tests"]
        return problems
    from data import load_problems  # a split name: train, test, all
    return {p.id: [t if isinstance(t, dict) else t.model_dump() for t in p.tests]
            for p in load_problems(split=None if spec == "all" else spec)}


def read_completions(path: str) -> list[dict]:
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def plan(problems: dict[str, list[dict]], completions: Iterable[dict], limits: Limits):
    """(submissions to run, [(problem id, index into submissions or None when no code)])."""
    submissions, owners = [], []
    for c in completions:
        pid = c["id"]
        if pid not in problems:
            raise KeyError(f"completion for unknown problem {pid!r}")
        code = extract_code(c.get("completion"))
        if code is None:
            owners.append((pid, None))
            continue
        owners.append((pid, len(submissions)))
        submissions.append(Submission(code=code, tests=problems[pid], limits=limits))
    return submissions, owners


def score(owners, results, ks: list[int]) -> tuple[list[ProblemScore], dict]:
    """Per-problem and overall pass@k from the run results (a result is perfect or not)."""
    by_id: dict[str, ProblemScore] = {}
    for pid, idx in owners:
        s = by_id.setdefault(pid, ProblemScore(pid))
        s.n += 1
        if idx is None:
            s.no_code += 1
        elif getattr(results[idx], "perfect", False):
            s.c += 1
    scores = sorted(by_id.values(), key=lambda s: s.id)
    overall = {}
    for k in ks:
        values = [v for s in scores if (v := pass_at_k(s.n, s.c, k)) is not None]
        for s in scores:
            s.pass_at[k] = pass_at_k(s.n, s.c, k)
        overall[f"pass@{k}"] = sum(values) / len(values) if values else None
        overall[f"problems@{k}"] = len(values)
    return scores, overall
