"""`qrl train`: one GRPO run on q problems — problems → prompts → GRPOTrainer with executor rewards → run directory.

The run directory holds config.yaml (the resolved config, the only source for resume), checkpoints/checkpoint-N,
logs/training_log.txt and logs/eval_results.json. A fresh start refuses a directory that already has checkpoints.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

from transformers import TrainerCallback

from trainer.callbacks import EvalResultsCallback, TrainingLogCallback
from trainer.config import TrainConfig, save_config, to_grpo_config
from trainer.problems import load_all, split_problems
from trainer.prompts import to_rows


def timed_trainer_class():
    """GRPOTrainer that logs seconds spent generating and scoring; the rest of `step_time` is optimisation.

    TRL's own profiling goes only to wandb/mlflow; these land in training_log.txt for offline GPU runs.
    """
    from trl import GRPOTrainer

    class TimedGRPOTrainer(GRPOTrainer):
        def _timed(self, name, fn, *args, **kwargs):
            start = time.perf_counter()
            out = fn(*args, **kwargs)
            self._metrics["train" if self.model.training else "eval"][name].append(time.perf_counter() - start)
            return out

        def _generate(self, prompts):
            return self._timed("time/generation_s", super()._generate, prompts)

        def _calculate_rewards(self, *args, **kwargs):
            return self._timed("time/rewards_s", super()._calculate_rewards, *args, **kwargs)

        def log(self, logs, start_time=None):
            metrics = self._metrics["train"]
            if "loss" in logs and metrics.get("step_time") and metrics.get("time/generation_s"):
                mean = lambda xs: sum(xs) / len(xs)  # noqa: E731
                logs["time/optimisation_s"] = (mean(metrics["step_time"]) - mean(metrics["time/generation_s"])
                                               - mean(metrics.get("time/rewards_s") or [0.0]))
            super().log(logs, start_time)

    return TimedGRPOTrainer


class SaveAtEndCallback(TrainerCallback):
    """Checkpoint the last step too, so a finished run can be resumed with a larger --max_steps."""

    def on_step_end(self, args, state, control, **kwargs):
        if state.global_step >= state.max_steps:
            control.should_save = True
        return control


class RunExistsError(RuntimeError):
    pass


def last_checkpoint(run_dir: Path) -> str | None:
    from transformers.trainer_utils import get_last_checkpoint

    folder = Path(run_dir) / "checkpoints"
    return get_last_checkpoint(str(folder)) if folder.is_dir() else None


def build_datasets(config: TrainConfig):
    from datasets import Dataset

    train, held_out = split_problems(
        load_all(config.problems), config.max_train_problems, config.simple_eval_problems, config.problem_difficulties
    )
    train_ds = Dataset.from_list(to_rows(train, config.use_reasoning_format, "train"))
    eval_ds = Dataset.from_list(to_rows(held_out, config.use_reasoning_format, "eval")) if held_out else None
    return train_ds, eval_ds


def train(config: TrainConfig, resume: bool = False, callbacks: list | None = None):
    """Run GRPO, or with `resume` continue from the run directory's last checkpoint; returns the GRPOTrainer."""
    from trainer.models import load_model, load_tokenizer
    from trainer.rewards import build_reward_funcs

    run_dir = config.run_dir
    checkpoint = last_checkpoint(run_dir)
    if checkpoint and not resume:
        raise RunExistsError(
            f"{run_dir} already has {Path(checkpoint).name}: `qrl train --resume {run_dir}` or another --output_dir"
        )
    if config.use_wandb:
        os.environ.setdefault("WANDB_PROJECT", config.wandb_project)

    train_ds, eval_ds = build_datasets(config)
    args = to_grpo_config(config, len(eval_ds) if eval_ds is not None else 0)
    if checkpoint:
        args.eval_on_start = False  # the evaluation at that step is already in eval_results.json
    if args.process_index == 0:
        save_config(config, run_dir / "config.yaml")

    tokenizer = load_tokenizer(config)
    if config.gguf_file:
        model = load_model(config)  # TRL loads ids itself; GGUF needs the file name passed through
        args.model_init_kwargs = {"gguf_file": config.gguf_file}  # TRL builds the KL reference model from these
    else:
        model = config.model
        args.model_init_kwargs = {"dtype": "bfloat16" if args.bf16 else "float32"}
    reward_funcs, tests_reward = build_reward_funcs(config, tokenizer)

    cbs = [TrainingLogCallback(run_dir), SaveAtEndCallback()]
    if tests_reward is not None and eval_ds is not None:
        cbs.append(EvalResultsCallback(tests_reward, run_dir, config.use_wandb))
    trainer = timed_trainer_class()(
        model=model,
        reward_funcs=reward_funcs,
        args=args,
        train_dataset=train_ds,
        eval_dataset=eval_ds,
        processing_class=tokenizer,
        callbacks=cbs + list(callbacks or []),
    )
    trainer.train(resume_from_checkpoint=checkpoint)
    return trainer
