"""pass@k (the unbiased estimator of Chen et al. 2021) and the per-evaluation summary written to eval_results.json."""
from __future__ import annotations

from collections import defaultdict
from math import comb
from typing import Any


def pass_at_k(n: int, c: int, k: int) -> float:
    """Probability that at least one of k samples, drawn without replacement from n with c correct, is correct."""
    if k > n:
        raise ValueError(f"k={k} exceeds the n={n} samples")
    if n - c < k:
        return 1.0
    return 1.0 - comb(n - c, k) / comb(n, k)


def summarize_eval(records: list[dict[str, Any]], ks: list[int] | None = None) -> dict[str, Any]:
    """pass@1, pass@k for k ≤ samples per problem, mean tests reward, from one record per completion."""
    by_problem: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in records:
        by_problem[r["id"]].append(r)
    if not by_problem:
        return {"problems": 0, "samples": 0}
    n_min = min(len(v) for v in by_problem.values())
    ks = sorted({k for k in (ks or [1, 2, 4, 5, 8, 10, n_min]) if 1 <= k <= n_min})
    per_problem = {
        pid: {"n": len(v), "c": sum(r["perfect"] for r in v), "mean_pass": sum(r["passed"] / r["total"] if r["total"] else 0 for r in v) / len(v)}
        for pid, v in sorted(by_problem.items())
    }
    summary: dict[str, Any] = {"problems": len(by_problem), "samples": len(records)}
    for k in ks:
        summary[f"pass@{k}"] = sum(pass_at_k(p["n"], p["c"], k) for p in per_problem.values()) / len(per_problem)
    summary["mean_tests_reward"] = sum(r["reward"] for r in records) / len(records)
    summary["mean_test_pass_rate"] = sum(p["mean_pass"] for p in per_problem.values()) / len(per_problem)
    summary["per_problem"] = per_problem
    return summary
