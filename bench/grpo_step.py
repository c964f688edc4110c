"""Where the time of one GRPO step goes: generation, reward (executor), log-prob forward, forward/backward,
optimizer, weight gather; tokens/s generated and trained; GPU memory peak; the reward share of the step.

It runs the real thing: `trainer.train.train` (TRL GRPOTrainer, the trainer's reward functions) against a real
`python -m executor serve --workers N`, on a random-weight Qwen2 of the real shape, and times TRL's own methods
by wrapping them (no fork): `_generate`, `_calculate_rewards`, `_generate_and_score_completions`,
`_prepare_inputs`, `training_step`, `unwrap_model_for_generation`, DeepSpeed's `engine.step`; transformers
callbacks mark the optimizer step and the step's ends.

    .venv/bin/python bench/grpo_step.py --shape tiny --steps 3 --gpus 0             # CPU, seconds
    python3 bench/grpo_step.py --shape 1.5b --steps 20 --gpus 1 --out /tmp/b15      # accelerate + ZeRO-3
    python3 bench/grpo_step.py --shape 1.5b --steps 20 --gpus 2 --out /tmp/b15x2    # 2 ZeRO-3 processes

Without `--gpus 0` it re-launches itself under `accelerate launch --config_file config/accelerate/<cfg>.yaml`.
bench/gpu/run.sh holds the lent-GPU runs behind docs/PERFORMANCE.md; their results are in bench/gpu/results/.
"""
from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import shlex
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from trainer.demo import executor_server, free_port  # noqa: E402  (the same child `qrl serve` as make demo)

# Real Qwen2.5 shapes; the vocabulary is the tokenizer's (SmolLM2's 49152), as nothing can be downloaded.
SHAPES = {
    "tiny": dict(hidden_size=64, intermediate_size=128, num_hidden_layers=2, num_attention_heads=4,
                 num_key_value_heads=2, tie_word_embeddings=True),
    "1.5b": dict(hidden_size=1536, intermediate_size=8960, num_hidden_layers=28, num_attention_heads=12,
                 num_key_value_heads=2, tie_word_embeddings=True),
    "7b": dict(hidden_size=3584, intermediate_size=18944, num_hidden_layers=28, num_attention_heads=28,
               num_key_value_heads=4, tie_word_embeddings=False),
}
# Batch geometry for the tiny CPU shape; the others take config/models/<shape>.yaml (the recipe's per-GPU geometry).
TINY_SETTINGS = dict(per_device_train_batch_size=4, num_generations=4, gradient_accumulation_steps=1)
# Env for every child: NVLink multicast stays off (it can take a shared host's GPUs down).
SAFE_ENV = {"NCCL_NVLS_ENABLE": "0", "TORCH_SYMM_MEM_DISABLE_MULTICAST": "1", "NVSHMEM_DISABLE_NVLS": "1"}


# ---------------------------------------------------------------------------------------------------------------
# Model and executor (driver side)

def build_model(shape: str, tokenizer_dir: Path, folder: Path) -> Path:
    """A random-weight Qwen2 of `shape` with the tokenizer beside it, built on the GPU when there is one."""
    if (folder / "config.json").is_file():
        return folder
    import torch
    from transformers import AutoTokenizer, Qwen2Config, Qwen2ForCausalLM

    tokenizer = AutoTokenizer.from_pretrained(tokenizer_dir)
    config = Qwen2Config(vocab_size=len(tokenizer), max_position_embeddings=32768, rope_theta=1e6,
                         rms_norm_eps=1e-6, bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id,
                         pad_token_id=tokenizer.pad_token_id, **SHAPES[shape])
    device = "cuda" if torch.cuda.is_available() else "cpu"
    torch.manual_seed(0)
    with torch.device(device):
        model = Qwen2ForCausalLM._from_config(config, dtype=torch.bfloat16 if device == "cuda" else torch.float32)
    folder.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    print(f"built {shape}: {sum(p.numel() for p in model.parameters()) / 1e9:.3f}B parameters in {folder}", flush=True)
    return folder


# ---------------------------------------------------------------------------------------------------------------
# Timing (worker side): wrappers around TRL's methods and a callback that closes each optimizer step

class Clock:
    """Seconds and token counts accumulated since the current optimizer step began."""

    def __init__(self):
        self.now: dict[str, float] = defaultdict(float)

    def add(self, name: str, value: float) -> None:
        self.now[name] += value

    def take(self) -> dict[str, float]:
        out, self.now = dict(self.now), defaultdict(float)
        return out


CLOCK = Clock()


def _sync() -> None:
    """Wait for the GPU so a phase's time is its own, not the next one's (CUDA calls return early)."""
    import torch

    if torch.cuda.is_available() and torch.cuda.is_initialized():
        torch.cuda.synchronize()


def _timed(name: str, fn, count=None):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        _sync()
        start = time.perf_counter()
        out = fn(*args, **kwargs)
        _sync()
        CLOCK.add(name, time.perf_counter() - start)
        if count is not None:
            count(out)
        return out

    return wrapper


def _count_generated(out) -> None:
    # `_generate` returns (prompt_ids, completion_ids, ...), lists of token-id lists
    CLOCK.add("generated_tokens", sum(len(ids) for ids in out[1]))


def _count_trained(out) -> None:
    # the micro-batch that forward/backward will see: prompt and completion tokens that are not padding
    if isinstance(out, dict) and "completion_mask" in out:
        CLOCK.add("trained_tokens", float(out["prompt_mask"].sum() + out["completion_mask"].sum()))


def instrument() -> None:
    """Wrap GRPOTrainer's phases (every subclass, e.g. the trainer's own, goes through them) and DeepSpeed's step."""
    import trl.trainer.grpo_trainer as grpo
    from trl import GRPOTrainer

    GRPOTrainer._generate = _timed("generation_s", GRPOTrainer._generate, _count_generated)
    GRPOTrainer._calculate_rewards = _timed("reward_s", GRPOTrainer._calculate_rewards)
    GRPOTrainer._generate_and_score_completions = _timed("rollout_s", GRPOTrainer._generate_and_score_completions)
    GRPOTrainer._prepare_inputs = _timed("prepare_s", GRPOTrainer._prepare_inputs, _count_trained)
    GRPOTrainer.training_step = _timed("train_step_s", GRPOTrainer.training_step)

    original_unwrap = grpo.unwrap_model_for_generation

    @contextlib.contextmanager
    def timed_unwrap(*args, **kwargs):
        # ZeRO-3: entering gathers the full weights for generate(), leaving frees them — the HF-generation
        # counterpart of a vLLM weight sync
        start = time.perf_counter()
        with original_unwrap(*args, **kwargs) as model:
            _sync()
            CLOCK.add("weight_gather_s", time.perf_counter() - start)
            yield model
            _sync()
            start = time.perf_counter()
        _sync()
        CLOCK.add("weight_gather_s", time.perf_counter() - start)

    grpo.unwrap_model_for_generation = timed_unwrap
    try:
        from deepspeed.runtime.engine import DeepSpeedEngine
    except ImportError:
        return
    # Under DeepSpeed, accelerate's backward() runs engine.step(); the trainer's optimizer.step() is a no-op.
    DeepSpeedEngine.step = _timed("ds_step_s", DeepSpeedEngine.step)


def step_callback(record: list, total_steps: int, path: Path):
    """Closes each optimizer step: wall time, the phases, tokens and GPU memory peak (reduced over processes).
    Process 0 rewrites `path` after every step, so a run cut short still leaves its steps."""
    import torch
    from transformers import TrainerCallback

    class StepTimer(TrainerCallback):
        def on_step_begin(self, args, state, control, **kwargs):
            _sync()
            CLOCK.take()  # anything before this step (set-up) is not part of it
            if torch.cuda.is_available():
                torch.cuda.reset_peak_memory_stats()
            self.start = time.perf_counter()

        def on_pre_optimizer_step(self, args, state, control, **kwargs):
            _sync()
            self.opt_start = time.perf_counter()

        def on_optimizer_step(self, args, state, control, **kwargs):
            _sync()
            CLOCK.add("optimizer_s", time.perf_counter() - self.opt_start)

        def on_step_end(self, args, state, control, **kwargs):
            _sync()
            wall = time.perf_counter() - self.start
            values = CLOCK.take()
            values["step_s"] = wall
            if torch.cuda.is_available():
                values["gpu_peak_gib"] = torch.cuda.max_memory_allocated() / 2**30
                values["gpu_reserved_gib"] = torch.cuda.max_memory_reserved() / 2**30
            values = reduce_over_processes(values)
            values["step"] = state.global_step
            record.append(values)
            if state.is_world_process_zero:
                print(step_line(values, total_steps), flush=True)
                path.write_text(json.dumps(record, indent=1))
            # a checkpoint or an evaluation of a random-weight model is not part of a GRPO step
            control.should_save = control.should_evaluate = False
            return control

    return StepTimer()


def reduce_over_processes(values: dict[str, float]) -> dict[str, float]:
    """Tokens summed over processes, memory peak of the largest; the phases stay process 0's so they add up to its
    step, with the slowest process's reward time beside them (the step waits for it)."""
    import torch
    import torch.distributed as dist

    if not (dist.is_available() and dist.is_initialized() and dist.get_world_size() > 1):
        return {**values, "processes": 1}
    summed = ["generated_tokens", "trained_tokens"]
    largest = ["reward_s", "gpu_peak_gib", "gpu_reserved_gib"]
    device = torch.device("cuda", torch.cuda.current_device()) if torch.cuda.is_available() else torch.device("cpu")
    totals = torch.tensor([values.get(k, 0.0) for k in summed], dtype=torch.float64, device=device)
    maxima = torch.tensor([values.get(k, 0.0) for k in largest], dtype=torch.float64, device=device)
    dist.all_reduce(totals, op=dist.ReduceOp.SUM)
    dist.all_reduce(maxima, op=dist.ReduceOp.MAX)
    out = {**values, "processes": dist.get_world_size(), "reward_s_slowest_process": maxima[0].item()}
    out.update({k: totals[i].item() for i, k in enumerate(summed)})
    out.update({k: maxima[i].item() for i, k in enumerate(largest[1:], start=1) if k in values})
    return out


def breakdown(v: dict[str, float]) -> dict[str, float]:
    """The step split into parts that add up to its wall time."""
    gather = v.get("weight_gather_s", 0.0)
    generation = v.get("generation_s", 0.0)
    reward = v.get("reward_s", 0.0)
    rollout = v.get("rollout_s", 0.0)
    # under DeepSpeed the optimizer step (engine.step) runs inside training_step's backward
    optimizer = v.get("optimizer_s", 0.0) + v.get("ds_step_s", 0.0)
    fwd_bwd = v.get("train_step_s", 0.0) - v.get("prepare_s", 0.0) - v.get("ds_step_s", 0.0)
    parts = {
        "generate_s": generation - gather,
        "weight_gather_s": gather,
        "reward_s": reward,
        "logprob_fwd_s": rollout - generation - reward,  # old/reference log-probs, tokenising, padding, advantages
        "fwd_bwd_s": fwd_bwd,
        "optimizer_s": optimizer,
    }
    parts["other_s"] = v["step_s"] - sum(parts.values())
    return parts


def step_line(v: dict[str, float], total_steps: int) -> str:
    p = breakdown(v)
    gen_tps = v.get("generated_tokens", 0) / v["generation_s"] if v.get("generation_s") else 0.0
    train_tps = v.get("trained_tokens", 0) / p["fwd_bwd_s"] if p["fwd_bwd_s"] > 0 else 0.0
    memory = f" | peak {v['gpu_peak_gib']:.1f} GiB" if "gpu_peak_gib" in v else ""
    return (f"step {int(v['step']):>3}/{total_steps} {v['step_s']:7.2f}s | gen {p['generate_s']:.2f}"
            f" gather {p['weight_gather_s']:.2f}"
            f" | reward {p['reward_s']:.3f} ({100 * p['reward_s'] / v['step_s']:.1f}%)"
            f" | logp {p['logprob_fwd_s']:.2f} | fwd/bwd {p['fwd_bwd_s']:.2f} | optim {p['optimizer_s']:.2f}"
            f" | other {p['other_s']:.2f} | {gen_tps:.0f} gen tok/s, {train_tps:.0f} train tok/s{memory}")


def summarize(records: list[dict]) -> dict:
    """Medians over the steps after the first (the first pays for CUDA kernels' first use and allocator growth)."""
    steady = records[1:] or records
    med = lambda key: statistics.median(r.get(key, 0.0) for r in steady)  # noqa: E731
    parts = [breakdown(r) for r in steady]
    out = {f"median_{k}": statistics.median(p[k] for p in parts) for k in parts[0]}
    out["median_step_s"] = med("step_s")
    total_s = sum(r["step_s"] for r in steady)
    out["reward_share"] = sum(p["reward_s"] for p in parts) / total_s
    out["generation_share"] = sum(p["generate_s"] + p["weight_gather_s"] for p in parts) / total_s
    out["generated_tokens_per_step"] = med("generated_tokens")
    out["trained_tokens_per_step"] = med("trained_tokens")
    out["gen_tokens_per_s"] = sum(r.get("generated_tokens", 0) for r in steady) / sum(r["generation_s"] for r in steady)
    out["train_tokens_per_s"] = sum(r.get("trained_tokens", 0) for r in steady) / sum(p["fwd_bwd_s"] for p in parts)
    out["step_tokens_per_s"] = sum(r.get("trained_tokens", 0) for r in steady) / total_s
    out["first_step_s"] = records[0]["step_s"]
    out["steps"] = len(records)
    if "gpu_peak_gib" in records[0]:
        out["gpu_peak_gib"] = max(r["gpu_peak_gib"] for r in records)
        out["gpu_reserved_gib"] = max(r["gpu_reserved_gib"] for r in records)
    return out


# ---------------------------------------------------------------------------------------------------------------
# The two sides

def train_config(args, model_dir: Path, executor_url: str):
    from trainer.config import build_config

    overrides = dict(
        size=f"bench-{args.shape}", model=str(model_dir), output_dir=str(args.out / "run"), executor_url=executor_url,
        max_steps=args.steps, max_completion_length=args.max_completion_length, use_vllm=False,
        eval_on_start=False, eval_steps=10**6, save_steps=10**6, logging_steps=1, warmup_ratio=0.0,
    )
    if args.shape == "tiny":
        overrides.update(TINY_SETTINGS)
    for name in ("per_device_train_batch_size", "gradient_accumulation_steps", "beta"):
        if getattr(args, name) is not None:
            overrides[name] = getattr(args, name)
    if args.gradient_checkpointing is not None:
        overrides["gradient_checkpointing"] = args.gradient_checkpointing == "true"
    return build_config(None if args.shape == "tiny" else args.shape, overrides)


def worker_main(args) -> None:
    """Inside each training process: the trainer's own `train()` with the timing wrappers installed."""
    from trainer.train import train

    instrument()
    config = train_config(args, args.model_dir, args.executor_url)
    train(config, resume=False, callbacks=[step_callback([], args.steps, args.out / "steps.json")])


def device_facts() -> dict:
    import torch
    import transformers
    import trl

    facts = {"torch": torch.__version__, "transformers": transformers.__version__, "trl": trl.__version__,
             "cpus": os.cpu_count()}
    with contextlib.suppress(ImportError):
        import deepspeed

        facts["deepspeed"] = deepspeed.__version__
    if torch.cuda.is_available():
        facts["gpu"] = torch.cuda.get_device_name(0)
        facts["gpus_visible"] = torch.cuda.device_count()
    return facts


def driver_main(args, argv: list[str]) -> int:
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "steps.json").unlink(missing_ok=True)
    model_dir = args.model_dir or Path(args.models) / args.shape
    start = time.perf_counter()
    # built in a child so this process never holds a CUDA context on the GPU the training uses
    subprocess.run([sys.executable, __file__, "--build-model", "--shape", args.shape, "--model-dir", str(model_dir),
                    "--tokenizer", str(args.tokenizer)], check=True, env={**os.environ, **SAFE_ENV})
    build_s = time.perf_counter() - start

    with executor_server(args.workers, log_path=args.out / "executor.log", timeout_s=120) as url:
        worker_args = [*argv, "--worker", "--executor-url", url, "--model-dir", str(model_dir), "--out", str(args.out)]
        env = {**os.environ, **SAFE_ENV, "TOKENIZERS_PARALLELISM": "false", "TQDM_DISABLE": "1"}
        if args.gpus == 0:
            cmd = [sys.executable, __file__, *worker_args]
            env["CUDA_VISIBLE_DEVICES"] = ""
        else:
            config = ROOT / "config" / "accelerate" / f"{args.accelerate_config}.yaml"
            cmd = [sys.executable, "-m", "accelerate.commands.launch", "--config_file", str(config),
                   "--num_processes", str(args.gpus), "--main_process_port", str(free_port()),
                   __file__, *worker_args]
            # the first --gpus of the GPUs this process may see, so two runs can share a machine
            visible = [g for g in os.environ.get("CUDA_VISIBLE_DEVICES", "").split(",") if g.strip()]
            ids = (visible or [str(i) for i in range(args.gpus)])[: args.gpus]
            env.update({"CUDA_VISIBLE_DEVICES": ",".join(ids),
                        "TORCH_NCCL_ASYNC_ERROR_HANDLING": "1",
                        # fewer out-of-memory failures from fragmentation in the larger runs
                        "PYTORCH_CUDA_ALLOC_CONF": os.environ.get("PYTORCH_CUDA_ALLOC_CONF",
                                                                  "expandable_segments:True")})
        print("$ " + shlex.join(cmd), flush=True)
        start = time.perf_counter()
        code = subprocess.call(cmd, env=env, cwd=ROOT)
        run_s = time.perf_counter() - start
    if code != 0:
        print(f"training exited with {code}", file=sys.stderr)
    write_result(args, argv, {"exit_code": code, "model_build_s": build_s, "launch_to_end_s": run_s})
    return code


def write_result(args, argv: list[str], extra: dict) -> None:
    """result.json (settings, device, summary, every step) from the steps the run left, and the summary printed."""
    steps_file = args.out / "steps.json"
    if not steps_file.is_file():
        print(f"no steps recorded in {args.out}", file=sys.stderr)
        return
    records = json.loads(steps_file.read_text())
    result = {"command": "python3 bench/grpo_step.py " + shlex.join(argv), "shape": args.shape, "gpus": args.gpus,
              "accelerate_config": args.accelerate_config if args.gpus else None, "executor_workers": args.workers,
              "max_completion_length": args.max_completion_length, **extra,
              "device": device_facts(), "summary": summarize(records), "steps": records}
    (args.out / "result.json").write_text(json.dumps(result, indent=1))
    s = result["summary"]
    print(f"\n{args.shape} on {args.gpus or 'no'} GPU(s), {s['steps']} steps; medians of steps 2..{s['steps']}:")
    print(f"  step {s['median_step_s']:.2f} s (first {s['first_step_s']:.1f} s) = generate {s['median_generate_s']:.2f}"
          f" + gather {s['median_weight_gather_s']:.2f} + reward {s['median_reward_s']:.3f}"
          f" + logp {s['median_logprob_fwd_s']:.2f} + fwd/bwd {s['median_fwd_bwd_s']:.2f}"
          f" + optimizer {s['median_optimizer_s']:.2f} + other {s['median_other_s']:.2f}")
    print(f"  reward share {100 * s['reward_share']:.2f}%  generation share {100 * s['generation_share']:.1f}%")
    print(f"  {s['gen_tokens_per_s']:.0f} generated tok/s, {s['train_tokens_per_s']:.0f} trained tok/s in fwd/bwd,"
          f" {s['step_tokens_per_s']:.0f} trained tok/s over the whole step")
    if "gpu_peak_gib" in s:
        print(f"  GPU memory peak {s['gpu_peak_gib']:.1f} GiB allocated, {s['gpu_reserved_gib']:.1f} GiB reserved")
    print(f"  {args.out / 'result.json'}", flush=True)


def parse_args(argv: list[str]):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shape", choices=sorted(SHAPES), default="tiny")
    ap.add_argument("--steps", type=int, default=20, help="optimizer steps")
    ap.add_argument("--gpus", type=int, default=0, help="training processes, one GPU each (0: CPU, no accelerate)")
    ap.add_argument("--max-completion-length", type=int, default=256,
                    help="random weights never emit EOS, so every completion has this many tokens")
    ap.add_argument("--workers", type=int, default=16, help="executor worker processes")
    ap.add_argument("--accelerate-config", default="zero3", help="name in config/accelerate/")
    ap.add_argument("--per-device-train-batch-size", dest="per_device_train_batch_size", type=int)
    ap.add_argument("--gradient-accumulation-steps", dest="gradient_accumulation_steps", type=int)
    ap.add_argument("--gradient-checkpointing", choices=["true", "false"])
    ap.add_argument("--beta", type=float, help="KL coefficient (default: the preset's)")
    ap.add_argument("--tokenizer", type=Path, default=ROOT / ".gpu" / "tokenizer")
    ap.add_argument("--models", default="/tmp/qrl-bench/models", help="where random-weight models are built")
    ap.add_argument("--out", type=Path, default=None, help="results folder (default /tmp/qrl-bench/<shape>-<gpus>)")
    ap.add_argument("--model-dir", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--executor-url", help=argparse.SUPPRESS)
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--build-model", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--summarize", action="store_true", help="only (re)write result.json from --out's steps.json")
    args = ap.parse_args(argv)
    args.out = (args.out or Path(f"/tmp/qrl-bench/{args.shape}-{args.gpus}gpu")).resolve()
    return args


def main() -> int:
    argv = sys.argv[1:]
    args = parse_args(argv)
    if args.build_model:
        build_model(args.shape, args.tokenizer, args.model_dir)
        return 0
    if args.worker:
        worker_main(args)
        return 0
    if args.summarize:
        write_result(args, argv, {"summarized_afterwards": True})
        return 0
    return driver_main(args, argv)


if __name__ == "__main__":
    sys.exit(main())
