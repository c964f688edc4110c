"""Real GRPO steps on a tiny random-weight Llama (SmolLM2's tokenizer) against a real `qrl serve` executor:
the run directory, eval_results.json, checkpoints, resume and the report."""
import asyncio
import json
import subprocess
import sys

import pytest

from trainer.config import build_config
from trainer.demo import executor_server, qrl_command
from trainer.rewards import PerplexityReward
from trainer.rewards import TestsReward as ExecutorReward

PROBLEMS = [
    {"id": "t-inc", "title": "Increment", "difficulty": "easy", "split": "train", "prompt": "Write `solve[x]` returning x+1.",
     "reference": "solve:{[x] x+1}", "tests": [{"call": "solve[1]", "expected": "2"}, {"call": "solve[41]", "expected": "42"}]},
    {"id": "t-dbl", "title": "Double", "difficulty": "easy", "split": "train", "prompt": "Write `solve[x]` returning 2*x.",
     "reference": "solve:{[x] 2*x}", "tests": [{"call": "solve[3]", "expected": "6"}, {"code": "show solve[5];", "expected_output": "10"}]},
    {"id": "t-neg", "title": "Negate", "difficulty": "easy", "split": "test", "prompt": "Write `solve[x]` returning -x.",
     "reference": "solve:{[x] neg x}", "tests": [{"call": "solve[3]", "expected": "-3"}]},
    {"id": "t-sum", "title": "Sum", "difficulty": "easy", "split": "test", "prompt": "Write `solve[x]` summing a list.",
     "reference": "solve:{[x] sum x}", "tests": [{"call": "solve[1 2 3]", "expected": "6"}]},
]


@pytest.fixture(scope="module")
def executor_url(tmp_path_factory):
    with executor_server(workers=1, log_path=tmp_path_factory.mktemp("executor") / "executor.log") as url:
        yield url


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    """A 2-layer Llama with random weights and SmolLM2's real tokenizer and chat template (from the GGUF)."""
    import torch
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    from trainer.models import smollm2_gguf

    folder = tmp_path_factory.mktemp("tiny")
    gguf = smollm2_gguf()
    tokenizer = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    torch.manual_seed(0)
    model = LlamaForCausalLM(LlamaConfig(
        vocab_size=len(tokenizer), hidden_size=64, intermediate_size=128, num_hidden_layers=2, num_attention_heads=4,
        num_key_value_heads=2, max_position_embeddings=1024, tie_word_embeddings=True,
        bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id))
    tokenizer.save_pretrained(folder)
    model.save_pretrained(folder)
    return folder


@pytest.fixture(scope="module")
def problems_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("problems") / "tiny.jsonl"
    path.write_text("".join(json.dumps(p) + "\n" for p in PROBLEMS))
    return path


def test_tests_reward_scores_real_q_through_the_executor(executor_url):
    reward = ExecutorReward(build_config(None, {"executor_url": executor_url}))
    tests = json.dumps(PROBLEMS[1]["tests"])
    completions = ["```q\nsolve:{[x] 2*x}\n```", "<answer>solve:{[x] $[x=3;6;0]}</answer>", "```q\nsolve:{[x] x+}\n```"]
    logged = {}
    out = asyncio.run(reward([[]] * 3, completions, tests=[tests] * 3, id=["t-dbl"] * 3, phase=["eval"] * 3,
                             log_metric=logged.__setitem__))
    assert out == [2.0, 0.5, 0.0]  # all passed + perfect bonus; one of two tests; does not load
    assert logged["tests/perfect_frac"] == pytest.approx(1 / 3)
    assert [r["perfect"] for r in reward.eval_records] == [True, False, False]


def test_perplexity_reward_is_a_probability(tiny_model):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    config = build_config(None, {"model": str(tiny_model), "use_reasoning_format": True})
    tok = AutoTokenizer.from_pretrained(tiny_model)
    reward = PerplexityReward(config, tok, AutoModelForCausalLM.from_pretrained(tiny_model))
    prompt = [{"role": "user", "content": "Write solve."}]
    out = reward([prompt, prompt], ["<reasoning>add one</reasoning><answer>x</answer>", "no tags"],
                 reference=["solve:{[x] x+1}", "solve:{[x] x+1}"])
    assert len(out) == 2 and all(0 < v <= 1 for v in out)


def run_qrl(*args, timeout=600):
    proc = subprocess.run([*qrl_command(), *args], capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return proc


def test_grpo_steps_write_the_run_directory_and_resume(tmp_path, executor_url, tiny_model, problems_file):
    run = tmp_path / "final_outputs" / "tiny" / "standard"
    run_qrl("train", "--size", "tiny", "--model", str(tiny_model), "--problems", str(problems_file),
            "--output_dir", str(run), "--executor_url", executor_url, "--max_steps", "2",
            "--num_generations", "2", "--per_device_train_batch_size", "2", "--max_completion_length", "12",
            "--eval_steps", "2", "--save_steps", "2", "--simple_eval_problems", "2", "--repeat_eval_problems", "2",
            "--reward_weights", "{tests: 1.0, format: 0.1, random: 0.0}")

    assert (run / "config.yaml").is_file() and (run / "checkpoints" / "checkpoint-2" / "trainer_state.json").is_file()
    logs = [json.loads(line) for line in (run / "logs" / "training_log.txt").read_text().splitlines()]
    train_steps = [r for r in logs if "reward" in r]
    assert [r["step"] for r in train_steps] == [1, 2]
    for key in ("rewards/tests/mean", "rewards/format/mean", "rewards/random/mean", "frac_reward_zero_std", "kl"):
        assert key in train_steps[-1]
    evals = json.loads((run / "logs" / "eval_results.json").read_text())
    assert [e["step"] for e in evals] == [0, 2]
    assert evals[-1]["problems"] == 2 and evals[-1]["samples"] == 4
    assert 0 <= evals[-1]["pass@1"] <= evals[-1]["pass@2"] <= 1 and "mean_reward" in evals[-1]

    # A fresh start never silently continues an existing run...
    again = subprocess.run([*qrl_command(), "train", "--size", "tiny", "--output_dir", str(run)],
                           capture_output=True, text=True)
    assert again.returncode == 2 and "--resume" in again.stderr
    # ...resume reads config.yaml and the last checkpoint; only the step budget changes.
    run_qrl("train", "--resume", str(run), "--max_steps", "3")
    assert (run / "checkpoints" / "checkpoint-3").is_dir()
    logs = [json.loads(line) for line in (run / "logs" / "training_log.txt").read_text().splitlines()]
    assert [r["step"] for r in logs if "reward" in r] == [1, 2, 3]

    out = run_qrl("report", str(run)).stdout
    assert "| tiny/standard |" in out
    for png in ("rewards.png", "pass_at_k.png", "completion_length.png"):
        assert (run / "report" / png).stat().st_size > 1000


def test_train_rejects_a_bad_flag_naming_it():
    proc = subprocess.run([*qrl_command(), "train", "--generation_temp", "hot"], capture_output=True, text=True)
    assert proc.returncode == 2 and "generation_temp" in proc.stderr


def test_train_launch_dry_run_prints_both_commands():
    proc = subprocess.run([*qrl_command(), "train-launch", "--size", "14b", "--gpus", "1,2,3,4,5,6,7",
                           "--vllm-gpus", "0", "--dry-run"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "trl vllm-serve --model Qwen/Qwen2.5-14B-Instruct" in proc.stdout
    assert "accelerate launch --config_file config/accelerate/zero3.yaml --num_processes 7" in proc.stdout
    assert "NCCL_NVLS_ENABLE=0" in proc.stdout and "--use_reasoning_format" not in proc.stdout.split("--preset 14b")[0]
