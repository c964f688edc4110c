"""Training configuration: YAML preset → `TrainConfig` (pydantic) → CLI overrides → TRL `GRPOConfig`.

The resolved `TrainConfig` is written to the run directory as `config.yaml`; resuming reads only that file.
Field names follow the public recipe's flags (`--learning_rate`, `--generation_temp`, `--perfect_bonus`, …).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

CONFIG_DIR = Path(__file__).resolve().parent.parent / "config"
PRESETS_DIR = CONFIG_DIR / "models"
REWARD_NAMES = ("tests", "format", "random", "perplexity")


class LaunchConfig(BaseModel):
    """How `qrl train-launch` places a run on one GPU node (the recipe: vLLM on GPU 0, training on the rest)."""

    model_config = ConfigDict(extra="forbid", coerce_numbers_to_str=True)

    gpus: str = Field("1,2,3,4,5,6,7", description="CUDA ids of the training processes (one process each)")
    vllm_gpus: str = Field("0", description="CUDA ids given to `trl vllm-serve` (tensor parallel over them)")
    accelerate_config: str = Field("zero3", description="name in config/accelerate/ or a path to a YAML file")
    vllm_gpu_memory_utilization: float = Field(0.9, gt=0, le=1)
    nccl_timeout_s: int = Field(1800, gt=0, description="NCCL/torch.distributed timeout, so a hang fails loudly")


class TrainConfig(BaseModel):
    """Every knob of a GRPO run on q problems. Defaults are the public recipe's unless a comment says why not."""

    # Numbers given where text is expected (`--size 7`, `--wandb_name 3`) stay text.
    model_config = ConfigDict(extra="forbid", protected_namespaces=(), coerce_numbers_to_str=True)

    # What is trained, and where its outputs go
    size: str = Field("1.5b", description="preset name; also the first level of the run directory")
    model: str = Field("Qwen/Qwen2.5-1.5B-Instruct", description="HF model id or local path")
    gguf_file: str | None = Field(None, description="GGUF file inside `model` (a folder), loaded by transformers")
    tokenizer: str | None = Field(None, description="tokenizer id/path when it differs from `model`")
    output_dir: str | None = Field(None, description="run directory; default final_outputs/<size>/<format>")
    use_reasoning_format: bool = Field(False, description="ask for <reasoning>…</reasoning><answer>…</answer>")

    # Optimisation. KL anchor and LR schedule are explicit: public q RL runs without them collapsed.
    learning_rate: float = Field(2e-6, gt=0)
    lr_scheduler_type: str = "cosine"
    warmup_ratio: float = Field(0.03, ge=0, lt=1)
    weight_decay: float = 0.0
    max_grad_norm: float = 1.0
    beta: float = Field(0.04, ge=0, description="KL coefficient towards the initial policy (TRL's default is 0)")
    loss_type: Literal["grpo", "dr_grpo", "dapo", "bnpo", "cispo", "sapo"] = "dapo"
    epsilon: float = 0.2
    scale_rewards: Literal["group", "batch", "none"] = "group"
    num_train_epochs: float = 1.0
    max_steps: int = Field(-1, description="stop after this many optimizer steps (-1: run the epochs)")
    seed: int = 42
    bf16: bool | None = Field(None, description="default: on when a GPU is present")
    gradient_checkpointing: bool = False

    # Batch geometry: each optimizer step sees per_device × processes × accumulation completions
    per_device_train_batch_size: int = Field(8, ge=1)
    gradient_accumulation_steps: int = Field(1, ge=1)
    num_generations: int = Field(8, ge=2, description="completions per prompt (the GRPO group)")

    # Generation
    generation_temp: float = Field(0.8, gt=0)
    top_p: float = Field(1.0, gt=0, le=1)
    max_completion_length: int = Field(2048, ge=1)
    max_model_len: int | None = Field(None, description="vLLM context length (prompt + completion)")
    use_vllm: bool = False
    vllm_mode: Literal["server", "colocate"] = "server"
    vllm_server_host: str = "127.0.0.1"
    vllm_server_port: int = 8001
    vllm_gpu_memory_utilization: float = Field(0.3, gt=0, le=1, description="colocate mode only")

    # Problems
    problems: str | None = Field(None, description="JSONL file or folder; default: the built-in set (data/)")
    max_train_problems: int | None = Field(None, ge=1, description="data-scale: use only the first N problems")
    problem_difficulties: list[str] | None = Field(None, description="keep only these difficulties")

    # Rewards: passed/total × base_reward_weight + perfect_bonus × perfect_reward_weight × [all passed]
    base_reward_weight: float = 1.0
    perfect_reward_weight: float = 1.0
    perfect_bonus: float = 1.0
    no_code_reward: float = Field(0.0, description="`tests` reward when no code can be extracted")
    max_tests_per_problem: int | None = Field(None, ge=1, description="run at most this many tests per problem")
    test_timeout_s: float = Field(1.0, gt=0)
    submission_timeout_s: float = Field(
        10.0, gt=0, description="wall time for one completion's tests: a looping answer cannot stall a step"
    )
    reward_weights: dict[str, float] = Field(
        default_factory=lambda: {"tests": 1.0, "format": 0.1},
        description=f"weight per reward function; names: {', '.join(REWARD_NAMES)} (weight 0 still logs it)",
    )
    random_reward_seed: int = 1234
    perplexity_model: str | None = Field(None, description="frozen LM for the perplexity reward; default `model`")

    # Executor
    executor_url: str | None = Field(None, description="default: $QRL_EXECUTOR_URL or the client's default")
    executor_engine: str | None = Field(None, description="qlite or qbinary; default: the server's")

    # Evaluation, checkpoints, logging
    eval_steps: int = Field(25, ge=1)
    simple_eval_problems: int = Field(15, ge=1, description="held-out problems per evaluation")
    repeat_eval_problems: int = Field(4, ge=1, description="samples per held-out problem (the n of pass@k)")
    eval_on_start: bool = True
    per_device_eval_batch_size: int | None = Field(None, description="default: repeat_eval_problems")
    save_steps: int = Field(25, ge=1)
    save_total_limit: int | None = 5
    logging_steps: int = 1
    log_completions: bool = False
    use_wandb: bool = False
    wandb_name: str | None = None
    wandb_project: str = "qrl"

    launch: LaunchConfig = Field(default_factory=LaunchConfig)

    @property
    def format_name(self) -> str:
        return "reasoning" if self.use_reasoning_format else "standard"

    @property
    def run_dir(self) -> Path:
        return Path(self.output_dir or Path("final_outputs") / self.size / self.format_name)


class ConfigError(ValueError):
    """A preset, file or flag that does not fit `TrainConfig`; the message names the field."""


def load_preset(name_or_path: str) -> dict[str, Any]:
    """The raw mapping of a preset name (`1.5b`) or a YAML path."""
    path = Path(name_or_path)
    if not path.is_file():
        path = PRESETS_DIR / f"{name_or_path}.yaml"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in PRESETS_DIR.glob("*.yaml")))
        raise ConfigError(f"preset {name_or_path!r} not found (known: {known})")
    data = yaml.safe_load(path.read_text()) or {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    return data


def parse_overrides(args: list[str]) -> dict[str, Any]:
    """`--key value`, `--key=value`, bare `--flag` (true) into a mapping; `launch.gpus` style keys nest.

    Values are parsed as YAML scalars so `--learning_rate 1e-6`, `--use_vllm false`, `--max_tests_per_problem null`
    and `--reward_weights '{tests: 1, random: 0.5}'` all work; pydantic then checks them against the field types.
    """
    out: dict[str, Any] = {}
    i = 0
    while i < len(args):
        arg = args[i]
        if not arg.startswith("--"):
            raise ConfigError(f"unexpected argument {arg!r}; options look like --learning_rate 2e-6")
        key, eq, value = arg[2:].partition("=")
        if not eq:
            if i + 1 < len(args) and not args[i + 1].startswith("--"):
                value, i = args[i + 1], i + 1
            else:
                value = "true"
        parsed = yaml.safe_load(value) if value != "" else ""
        target = out
        parts = key.replace("-", "_").split(".")
        for part in parts[:-1]:
            target = target.setdefault(part, {})
        target[parts[-1]] = parsed
        i += 1
    return out


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict) and key != "reward_weights":
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def build_config(preset: str | None = None, overrides: dict[str, Any] | None = None) -> TrainConfig:
    """Preset (name or YAML path) then overrides, validated; errors name the offending field."""
    data = load_preset(preset) if preset else {}
    data = _merge(data, overrides or {})
    try:
        config = TrainConfig.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise ConfigError(problems) from None
    unknown = set(config.reward_weights) - set(REWARD_NAMES)
    if unknown:
        raise ConfigError(f"reward_weights: unknown reward {sorted(unknown)}; known: {', '.join(REWARD_NAMES)}")
    return config


def save_config(config: TrainConfig, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(config.model_dump(mode="json"), sort_keys=False))


def load_run_config(run_dir: Path) -> TrainConfig:
    """The config a run was started with (the only source for resume)."""
    path = Path(run_dir) / "config.yaml"
    if not path.is_file():
        raise ConfigError(f"{path} not found: not a run directory")
    return TrainConfig.model_validate(yaml.safe_load(path.read_text()))


def to_grpo_config(config: TrainConfig, num_eval_problems: int | None = None):
    """The TRL `GRPOConfig` for this run (checkpoints go to <run_dir>/checkpoints)."""
    import torch
    from trl import GRPOConfig

    bf16 = torch.cuda.is_available() if config.bf16 is None else config.bf16
    report_to = ["wandb"] if config.use_wandb else "none"
    do_eval = num_eval_problems is not None and num_eval_problems > 0
    return GRPOConfig(
        output_dir=str(config.run_dir / "checkpoints"),
        run_name=config.wandb_name,
        learning_rate=config.learning_rate,
        lr_scheduler_type=config.lr_scheduler_type,
        warmup_steps=config.warmup_ratio,  # transformers 5: a float below 1 is a fraction of the run
        weight_decay=config.weight_decay,
        max_grad_norm=config.max_grad_norm,
        beta=config.beta,
        loss_type=config.loss_type,
        epsilon=config.epsilon,
        scale_rewards=config.scale_rewards,
        num_train_epochs=config.num_train_epochs,
        max_steps=config.max_steps,
        seed=config.seed,
        bf16=bf16,
        fp16=False,
        use_cpu=not torch.cuda.is_available(),
        gradient_checkpointing=config.gradient_checkpointing,
        per_device_train_batch_size=config.per_device_train_batch_size,
        gradient_accumulation_steps=config.gradient_accumulation_steps,
        num_generations=config.num_generations,
        num_generations_eval=config.repeat_eval_problems,
        temperature=config.generation_temp,
        top_p=config.top_p,
        max_completion_length=config.max_completion_length,
        use_vllm=config.use_vllm,
        vllm_mode=config.vllm_mode,
        vllm_server_host=config.vllm_server_host,
        vllm_server_port=config.vllm_server_port,
        vllm_gpu_memory_utilization=config.vllm_gpu_memory_utilization,
        vllm_max_model_length=config.max_model_len,
        reward_weights=[config.reward_weights[name] for name in config.reward_weights],
        eval_strategy="steps" if do_eval else "no",
        eval_steps=config.eval_steps,
        eval_on_start=do_eval and config.eval_on_start,
        per_device_eval_batch_size=config.per_device_eval_batch_size or config.repeat_eval_problems,
        save_strategy="steps",
        save_steps=config.save_steps,
        save_total_limit=config.save_total_limit,
        logging_steps=config.logging_steps,
        log_completions=config.log_completions,
        report_to=report_to,
        disable_tqdm=False,
        dataloader_num_workers=0,
        ddp_timeout=config.launch.nccl_timeout_s,  # torch.distributed/NCCL collectives fail instead of hanging
    )
