"""`qrl train-launch`: a GPU node run as the public recipe — `trl vllm-serve` on the vLLM GPUs, then
`accelerate launch` (DeepSpeed ZeRO-3 by default) running `python -m trainer train` on the other GPUs.

NCCL settings: NVLS off (NCCL_NVLS_ENABLE=0; NVLink SHARP multicast is what breaks on lent/virtualised nodes),
async error handling on and timeouts set, so a stuck weight sync or collective fails loudly instead of hanging.
"""
from __future__ import annotations

import os
import shlex
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from trainer.config import CONFIG_DIR, TrainConfig


@dataclass
class LaunchPlan:
    vllm_cmd: list[str]
    vllm_env: dict[str, str]
    train_cmd: list[str]
    train_env: dict[str, str]
    health_url: str

    def describe(self) -> str:
        def line(env: dict[str, str], cmd: list[str]) -> str:
            return " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items()) + " " + shlex.join(cmd)

        return f"# 1. vLLM generation server\n{line(self.vllm_env, self.vllm_cmd)}\n" \
               f"# 2. GRPO training (after {self.health_url} answers)\n{line(self.train_env, self.train_cmd)}"


def nccl_env(timeout_s: int) -> dict[str, str]:
    return {
        "NCCL_NVLS_ENABLE": "0",
        "TORCH_NCCL_ASYNC_ERROR_HANDLING": "1",
        "TORCH_NCCL_HEARTBEAT_TIMEOUT_SEC": str(timeout_s + 60),
        "NCCL_DEBUG": os.environ.get("NCCL_DEBUG", "WARN"),
    }


def accelerate_config_path(name: str) -> Path:
    path = Path(name)
    if not path.is_file():
        path = CONFIG_DIR / "accelerate" / f"{name}.yaml"
    try:
        return path.relative_to(Path.cwd())  # shorter commands when run from the repository root
    except ValueError:
        return path


def gpu_list(spec: str) -> list[str]:
    return [g.strip() for g in spec.split(",") if g.strip()]


def plan(config: TrainConfig, preset: str | None, forwarded: list[str], resume: bool = False) -> LaunchPlan:
    """The two commands for this config; raises ValueError when the GPUs and batch geometry do not fit."""
    train_gpus, vllm_gpus = gpu_list(config.launch.gpus), gpu_list(config.launch.vllm_gpus)
    if not train_gpus or not vllm_gpus:
        raise ValueError("launch.gpus and launch.vllm_gpus must each name at least one GPU")
    if set(train_gpus) & set(vllm_gpus):
        raise ValueError(f"GPUs {sorted(set(train_gpus) & set(vllm_gpus))} are in both --gpus and --vllm-gpus")
    batch = config.per_device_train_batch_size * len(train_gpus) * config.gradient_accumulation_steps
    if batch % config.num_generations:
        raise ValueError(
            f"per_device_train_batch_size × {len(train_gpus)} GPUs × gradient_accumulation_steps = {batch} "
            f"completions per step, not a multiple of num_generations={config.num_generations}"
        )
    accel = accelerate_config_path(config.launch.accelerate_config)
    if not accel.is_file():
        raise ValueError(f"accelerate config {accel} not found")
    env = nccl_env(config.launch.nccl_timeout_s)
    port = str(config.vllm_server_port)
    vllm_cmd = ["trl", "vllm-serve", "--model", config.model, "--tensor_parallel_size", str(len(vllm_gpus)),
                "--host", "0.0.0.0", "--port", port,
                "--gpu_memory_utilization", str(config.launch.vllm_gpu_memory_utilization),
                "--dtype", "bfloat16"]
    if config.max_model_len:
        vllm_cmd += ["--max_model_len", str(config.max_model_len)]
    train_cmd = ["accelerate", "launch", "--config_file", str(accel), "--num_processes", str(len(train_gpus)),
                 "-m", "trainer", "train"]
    if resume:  # the run's config.yaml is the source; the launch settings below are merged into it
        train_cmd += ["--resume", str(config.run_dir), *forwarded]
    else:
        train_cmd += [*(["--preset", preset] if preset else []), *forwarded, "--output_dir", str(config.run_dir)]
    train_cmd += ["--use_vllm", "true", "--vllm_mode", "server", "--vllm_server_host", "127.0.0.1",
                  "--vllm_server_port", port]
    return LaunchPlan(
        vllm_cmd=vllm_cmd, vllm_env={**env, "CUDA_VISIBLE_DEVICES": ",".join(vllm_gpus)},
        train_cmd=train_cmd, train_env={**env, "CUDA_VISIBLE_DEVICES": ",".join(train_gpus)},
        health_url=f"http://127.0.0.1:{port}/health/",
    )


def stop_process_group(proc: subprocess.Popen, grace_s: float) -> None:
    """SIGTERM a child started with start_new_session (and its children), SIGKILL after grace_s."""
    if proc.poll() is not None:
        return
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=grace_s)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)


def wait_for(url: str, timeout_s: float, proc: subprocess.Popen) -> None:
    deadline = time.time() + timeout_s
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"vLLM server exited with code {proc.returncode} before it was ready")
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(5)
    raise TimeoutError(f"vLLM server not ready at {url} after {timeout_s:.0f} s")


def execute(p: LaunchPlan, log_dir: Path, server_timeout_s: float = 1200) -> int:
    """Start the server, wait for it, run training, always stop the server. Returns training's exit code."""
    log_dir.mkdir(parents=True, exist_ok=True)
    with open(log_dir / "vllm_server.log", "ab") as server_log:
        server = subprocess.Popen(p.vllm_cmd, env={**os.environ, **p.vllm_env}, stdout=server_log,
                                  stderr=subprocess.STDOUT, start_new_session=True)
        try:
            print(f"vLLM server pid {server.pid}, log {log_dir / 'vllm_server.log'}; waiting for {p.health_url}")
            wait_for(p.health_url, server_timeout_s, server)
            return subprocess.call(p.train_cmd, env={**os.environ, **p.train_env})
        finally:
            stop_process_group(server, grace_s=60)
            sys.stdout.flush()
