"""Trainer callbacks that write the run directory: logs/training_log.txt (one JSON object per logging step)
and logs/eval_results.json (pass@1, pass@k and mean reward per evaluation, also sent to wandb when enabled)."""
from __future__ import annotations

import json
import time
from pathlib import Path

from transformers import TrainerCallback

from trainer.metrics import summarize_eval
from trainer.rewards import TestsReward


class TrainingLogCallback(TrainerCallback):
    """Appends every log event (train and eval metrics) to logs/training_log.txt as a JSON line."""

    def __init__(self, run_dir: Path):
        self.path = Path(run_dir) / "logs" / "training_log.txt"
        self.started = time.time()

    def on_log(self, args, state, control, logs=None, **kwargs):
        if state.is_world_process_zero and logs:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            record = {"step": state.global_step, "epoch": state.epoch, "elapsed_s": round(time.time() - self.started, 1)}
            record.update(logs)
            with self.path.open("a") as f:
                f.write(json.dumps(record, default=float) + "\n")


class EvalResultsCallback(TrainerCallback):
    """After each evaluation, turns the tests reward's per-completion records into pass@k and writes them.

    GRPOTrainer evaluates with `num_generations_eval` (= repeat_eval_problems) samples per held-out problem;
    the tests reward sees those completions (phase == "eval") and records pass/fail per problem.
    """

    def __init__(self, tests_reward: TestsReward, run_dir: Path, use_wandb: bool = False):
        self.tests_reward = tests_reward
        self.path = Path(run_dir) / "logs" / "eval_results.json"
        self.use_wandb = use_wandb

    def load(self) -> list[dict]:
        return json.loads(self.path.read_text()) if self.path.is_file() else []

    def on_log(self, args, state, control, logs=None, **kwargs):
        if not logs or not any(k.startswith("eval_") for k in logs):
            return
        from accelerate.utils import gather_object

        records, self.tests_reward.eval_records = self.tests_reward.eval_records, []
        records = gather_object(records)  # every process scored its own share of the eval completions
        if not state.is_world_process_zero:
            return
        entry = {"step": state.global_step, **summarize_eval(records)}
        names = {"eval_reward": "mean_reward", "eval_reward_std": "reward_std",
                 "eval_frac_reward_zero_std": "frac_reward_zero_std", "eval_completions/mean_length": "mean_length"}
        entry.update({name: logs[key] for key, name in names.items() if key in logs})
        entry.update({k.removeprefix("eval_"): v for k, v in logs.items() if k.startswith("eval_rewards/")})
        # A resumed run re-evaluates from its checkpoint: keep one entry per step, the latest.
        results = [e for e in self.load() if e["step"] != entry["step"]] + [entry]
        results.sort(key=lambda e: e["step"])
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(json.dumps(results, indent=1))
        if self.use_wandb:
            import wandb

            if wandb.run is not None:
                wandb.log({f"eval/{k}": v for k, v in entry.items() if isinstance(v, (int, float))}, step=state.global_step)
