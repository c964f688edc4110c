"""Reward maths, pass@k, config layering and launch commands — no model, no server."""
import asyncio
import json

import pytest

from trainer.config import ConfigError, TrainConfig, build_config, parse_overrides, to_grpo_config
from trainer.launch import plan
from trainer.metrics import pass_at_k, summarize_eval
from trainer.rewards import FormatReward, RandomReward, reasoning_of
from trainer.rewards import TestsReward as ExecutorReward
from trainer.rewards import tests_reward_value as reward_value


def cfg(**kw) -> TrainConfig:
    return build_config(None, kw)


def test_tests_reward_is_pass_share_plus_bonus_when_perfect():
    c = cfg(base_reward_weight=1.0, perfect_bonus=1.0, perfect_reward_weight=0.5)
    assert reward_value(0, 4, c) == 0.0
    assert reward_value(3, 4, c) == 0.75
    assert reward_value(4, 4, c) == 1.0 + 0.5
    assert reward_value(0, 0, c) == 0.0


def test_tests_reward_gives_no_code_value_without_calling_the_executor():
    reward = ExecutorReward(cfg(no_code_reward=-0.5, executor_url="http://127.0.0.1:9"))  # nothing listens there
    out = asyncio.run(reward([[]], [[{"role": "assistant", "content": "   "}]], tests=[json.dumps([])]))
    assert out == [-0.5]


def test_tests_reward_truncates_tests_and_drops_null_keys():
    reward = ExecutorReward(cfg(max_tests_per_problem=2, test_timeout_s=0.5, submission_timeout_s=3))
    tests = [{"call": f"solve[{i}]", "expected": "1", "code": None, "expected_output": None} for i in range(5)]
    body = reward.submission("solve:{x}", tests)
    assert body["tests"] == [{"call": "solve[0]", "expected": "1"}, {"call": "solve[1]", "expected": "1"}]
    assert body["limits"] == {"test_timeout_s": 0.5, "submission_timeout_s": 3}


@pytest.mark.parametrize("text, score", [
    ("<reasoning>add one</reasoning>\n<answer>\nsolve:{x+1}\n</answer>", 1.0),
    ("Sure! <reasoning>r</reasoning><answer>solve:{x}</answer> hope it helps", 0.5),
    ("<answer>solve:{x}</answer>", 0.0),
    ("```q\nsolve:{x+1}\n```", 0.0),
])
def test_format_reward_reasoning(text, score):
    assert FormatReward(cfg(use_reasoning_format=True)).score(text) == score


@pytest.mark.parametrize("text, score", [
    ("```q\nsolve:{x+1}\n```", 1.0),
    ("```q\na:1\n```\nand\n```python\nx=1\n```", 0.5),
    ("```python\ndef solve(x): return x+1\n```", 0.0),
    ("solve:{x+1}", 0.0),
])
def test_format_reward_standard(text, score):
    assert FormatReward(cfg()).score(text) == score


def test_random_reward_is_repeatable_with_its_seed():
    a = RandomReward(cfg(random_reward_seed=7))([[]] * 4, ["x"] * 4)
    b = RandomReward(cfg(random_reward_seed=7))([[]] * 4, ["x"] * 4)
    assert a == b and len(set(a)) == 4 and all(0 <= v < 1 for v in a)


def test_reasoning_is_taken_from_tags_or_text_before_code():
    assert reasoning_of("<reasoning> use sum </reasoning><answer>x</answer>") == "use sum"
    assert reasoning_of("I add one.\n```q\nsolve:{x+1}\n```") == "I add one."


def test_pass_at_k_unbiased_estimator():
    assert pass_at_k(4, 0, 1) == 0.0
    assert pass_at_k(4, 1, 1) == 0.25
    assert pass_at_k(4, 1, 4) == 1.0
    assert pass_at_k(5, 2, 2) == pytest.approx(1 - 3 / 10)
    with pytest.raises(ValueError):
        pass_at_k(2, 1, 3)


def test_summarize_eval_averages_over_problems():
    recs = [{"id": "a", "passed": 2, "total": 2, "perfect": True, "reward": 2.0}] + \
           [{"id": "a", "passed": 0, "total": 2, "perfect": False, "reward": 0.0}] * 3 + \
           [{"id": "b", "passed": 1, "total": 2, "perfect": False, "reward": 0.5}] * 4
    s = summarize_eval(recs)
    assert s["problems"] == 2 and s["samples"] == 8
    assert s["pass@1"] == pytest.approx((0.25 + 0) / 2)
    assert s["pass@4"] == pytest.approx((1 + 0) / 2)
    assert s["per_problem"]["a"] == {"n": 4, "c": 1, "mean_pass": 0.25}


def test_presets_validate_and_follow_the_recipe():
    for size, reasoning in [("1.5b", False), ("3b", False), ("7b", False), ("14b", True), ("32b", True)]:
        c = build_config(size)
        assert c.size == size and c.model.startswith("Qwen/Qwen2.5-") and c.use_reasoning_format is reasoning
        assert (c.num_generations, c.learning_rate, c.generation_temp, c.max_completion_length) == (8, 2e-6, 0.8, 2048)
        assert (c.eval_steps, c.simple_eval_problems, c.repeat_eval_problems, c.test_timeout_s) == (25, 15, 4, 1.0)
        assert c.beta > 0 and c.lr_scheduler_type != "constant"
        plan(c, size, [])  # batch geometry fits the preset's GPUs


def test_cli_overrides_use_recipe_names_and_errors_name_the_field():
    o = parse_overrides(["--learning_rate", "1e-6", "--use_vllm", "--max_tests_per_problem=3", "--launch.gpus", "1,2"])
    c = build_config("7b", o)
    assert c.learning_rate == 1e-6 and c.use_vllm and c.max_tests_per_problem == 3 and c.launch.gpus == "1,2"
    assert c.model == "Qwen/Qwen2.5-7B-Instruct"
    with pytest.raises(ConfigError, match="generation_temp"):
        build_config(None, {"generation_temp": "hot"})
    with pytest.raises(ConfigError, match="learnin_rate"):
        build_config(None, {"learnin_rate": 1})
    with pytest.raises(ConfigError, match="reward_weights"):
        build_config(None, {"reward_weights": {"vibes": 1}})


def test_grpo_config_carries_kl_schedule_and_eval_geometry():
    c = cfg(beta=0.02, loss_type="dr_grpo", repeat_eval_problems=4, bf16=False, generation_temp=0.7)
    g = to_grpo_config(c, num_eval_problems=3)
    assert (g.beta, g.loss_type, g.temperature, g.num_generations_eval) == (0.02, "dr_grpo", 0.7, 4)
    assert g.lr_scheduler_type == "cosine" and g.eval_strategy == "steps" and g.eval_steps == 25
    assert g.output_dir.endswith("final_outputs/1.5b/standard/checkpoints")
    assert to_grpo_config(c, num_eval_problems=0).eval_strategy == "no"


def test_launch_plan_runs_vllm_and_accelerate_on_separate_gpus():
    c = build_config("32b")
    p = plan(c, "32b", ["--max_steps", "20"])
    assert p.vllm_cmd[:2] == ["trl", "vllm-serve"] and "--tensor_parallel_size" in p.vllm_cmd
    assert p.vllm_env["CUDA_VISIBLE_DEVICES"] == "0,1" and p.train_env["CUDA_VISIBLE_DEVICES"] == "2,3,4,5,6,7"
    assert p.train_cmd[:4] == ["accelerate", "launch", "--config_file", "config/accelerate/zero3.yaml"]
    assert "--max_steps" in p.train_cmd and p.train_env["NCCL_NVLS_ENABLE"] == "0"
    with pytest.raises(ValueError, match="num_generations"):
        plan(build_config("1.5b", {"launch": {"gpus": "1,2,3"}, "per_device_train_batch_size": 3}), "1.5b", [])
