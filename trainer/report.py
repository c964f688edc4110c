"""`qrl report RUN_DIR…`: PNG plots (reward components, pass@k over steps, completion length) and a markdown
table comparing runs (e.g. tests vs random vs perplexity rewards), from the files each run directory holds."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml


def read_run(run_dir: Path) -> dict[str, Any]:
    run_dir = Path(run_dir)
    log_path, eval_path, cfg_path = run_dir / "logs" / "training_log.txt", run_dir / "logs" / "eval_results.json", run_dir / "config.yaml"
    if not log_path.is_file() and not eval_path.is_file():
        raise FileNotFoundError(f"{run_dir}: no logs/training_log.txt or logs/eval_results.json — not a run directory")
    logs = [json.loads(line) for line in log_path.read_text().splitlines() if line.strip()] if log_path.is_file() else []
    return {
        "dir": run_dir,
        "name": "/".join(run_dir.parts[-2:]),
        "config": yaml.safe_load(cfg_path.read_text()) if cfg_path.is_file() else {},
        "train": [r for r in logs if "reward" in r and not any(k.startswith("eval_") for k in r)],
        "eval": json.loads(eval_path.read_text()) if eval_path.is_file() else [],
    }


def _series(records: list[dict], key: str) -> tuple[list, list]:
    points = [(r["step"], r[key]) for r in records if r.get(key) is not None]
    return [p[0] for p in points], [p[1] for p in points]


def plot_runs(runs: list[dict], out: Path) -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out.mkdir(parents=True, exist_ok=True)
    paths = []

    fig, ax = plt.subplots(figsize=(8, 4.5))
    for run in runs:
        keys = sorted({k for r in run["train"] for k in r if k.startswith("rewards/") and k.endswith("/mean")})
        for key in ["reward", *keys]:
            xs, ys = _series(run["train"], key)
            if xs:
                label = "total" if key == "reward" else key.split("/")[1]
                ax.plot(xs, ys, marker=".", label=f"{run['name']}: {label}", linewidth=2 if key == "reward" else 1)
    ax.set(title="Training reward by component", xlabel="step", ylabel="mean reward")
    ax.grid(alpha=0.3), ax.legend(fontsize=7)
    paths.append(out / "rewards.png"), fig.tight_layout(), fig.savefig(paths[-1], dpi=110), plt.close(fig)

    fig, ax = plt.subplots(figsize=(8, 4.5))
    for run in runs:
        ks = sorted({int(k[5:]) for e in run["eval"] for k in e if k.startswith("pass@")})
        for k in ks:
            xs, ys = _series(run["eval"], f"pass@{k}")
            if xs:
                ax.plot(xs, ys, marker="o", linestyle="-" if k == 1 else "--", label=f"{run['name']}: pass@{k}")
    ax.set(title="Held-out pass@k", xlabel="step", ylabel="pass@k", ylim=(-0.02, 1.02))
    ax.grid(alpha=0.3), ax.legend(fontsize=7)
    paths.append(out / "pass_at_k.png"), fig.tight_layout(), fig.savefig(paths[-1], dpi=110), plt.close(fig)

    fig, (ax, ax2) = plt.subplots(2, 1, figsize=(8, 6), sharex=True)
    for run in runs:
        xs, ys = _series(run["train"], "completions/mean_length")
        ax.plot(xs, ys, marker=".", label=run["name"])
        xs, ys = _series(run["train"], "completions/clipped_ratio")
        ax2.plot(xs, ys, marker=".", label=run["name"])
    ax.set(title="Completion length", ylabel="mean tokens")
    ax2.set(xlabel="step", ylabel="share cut at max length", ylim=(-0.02, 1.02))
    for a in (ax, ax2):
        a.grid(alpha=0.3), a.legend(fontsize=7)
    paths.append(out / "completion_length.png"), fig.tight_layout(), fig.savefig(paths[-1], dpi=110), plt.close(fig)
    return paths


def _fmt(v: Any) -> str:
    return "–" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v)


def table(runs: list[dict]) -> str:
    """One markdown row per run; checkpoints are compared by held-out pass@1, not by training reward."""
    head = ["run", "model", "rewards (weight)", "steps", "train reward (first → last)", "zero-std groups",
            "pass@1 (start → last)", "best pass@1 (step)", "pass@k (last)"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for run in runs:
        cfg, train, ev = run["config"], run["train"], run["eval"]
        weights = ", ".join(f"{k} {v:g}" for k, v in (cfg.get("reward_weights") or {}).items())
        rewards = [r["reward"] for r in train if r.get("reward") is not None]
        zero = [r["frac_reward_zero_std"] for r in train if r.get("frac_reward_zero_std") is not None]
        p1 = [(e["step"], e.get("pass@1")) for e in ev if e.get("pass@1") is not None]
        best = max(p1, key=lambda p: p[1]) if p1 else None
        last_k = max((int(k[5:]) for k in (ev[-1] if ev else {}) if k.startswith("pass@")), default=None)
        lines.append("| " + " | ".join([
            run["name"], str(cfg.get("model", "?")).split("/")[-1], weights or "–",
            str(train[-1]["step"]) if train else "0",
            f"{_fmt(rewards[0])} → {_fmt(rewards[-1])}" if rewards else "–",
            _fmt(sum(zero) / len(zero)) if zero else "–",
            f"{_fmt(p1[0][1])} → {_fmt(p1[-1][1])}" if p1 else "–",
            f"{_fmt(best[1])} ({best[0]})" if best else "–",
            f"pass@{last_k} {_fmt(ev[-1][f'pass@{last_k}'])}" if last_k else "–",
        ]) + " |")
    return "\n".join(lines)


def report(run_dirs: list[Path], out: Path | None = None) -> Path:
    """Writes the PNGs and report.md; returns the report.md path."""
    runs = [read_run(Path(d)) for d in run_dirs]
    out = Path(out) if out else (runs[0]["dir"] / "report" if len(runs) == 1 else Path("final_outputs") / "report")
    pngs = plot_runs(runs, out)
    md = ["# qrl training report", "", table(runs), ""]
    md += [f"![{p.stem}]({p.name})" for p in pngs]
    for run in runs:
        if run["eval"]:
            last = run["eval"][-1]
            md += ["", f"## {run['name']}: last evaluation (step {last['step']})", "",
                   "| problem | samples | all tests passed | mean test pass rate |", "|---|---|---|---|"]
            md += [f"| {pid} | {p['n']} | {p['c']} | {p['mean_pass']:.2f} |" for pid, p in last.get("per_problem", {}).items()]
    path = out / "report.md"
    path.write_text("\n".join(md) + "\n")
    return path
