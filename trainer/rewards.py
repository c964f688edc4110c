"""Reward functions over TRL's batch: `f(prompts, completions, **columns) -> list[float]`.

`tests` runs the extracted code against the problem's tests on the executor (batch API, concurrent requests);
`format` checks the answer format; `random` is a control with a fixed seed; `perplexity` scores how likely a frozen
model finds the reference solution after the completion's reasoning. GRPOTrainer weights and logs each one.
"""
from __future__ import annotations

import asyncio
import json
import os
import random as random_module
import re
from typing import Any

from trainer.config import TrainConfig
from trainer.prompts import completion_text

BATCH_CHUNK = 16  # submissions per HTTP request; chunks go out concurrently

REASONING_STRICT = re.compile(r"^\s*<reasoning>(.+?)</reasoning>\s*<answer>(.+?)</answer>\s*$", re.DOTALL)
REASONING_LOOSE = re.compile(r"<reasoning>(.*?)</reasoning>.*?<answer>(.*?)</answer>", re.DOTALL)
FENCE = re.compile(r"```([A-Za-z0-9_+-]*)[ \t]*\n(.*?)```", re.DOTALL)


def tests_reward_value(passed: int, total: int, config: TrainConfig) -> float:
    """passed/total × base_reward_weight + perfect_bonus × perfect_reward_weight × [all passed]."""
    if total <= 0:
        return 0.0
    reward = passed / total * config.base_reward_weight
    if passed == total:
        reward += config.perfect_bonus * config.perfect_reward_weight
    return reward


def _get(result: Any, name: str, default: Any = None) -> Any:
    """A field of an executor result, whether the client hands back models or plain dicts."""
    if isinstance(result, dict):
        return result.get(name, default)
    return getattr(result, name, default)


class TestsReward:
    """Executor-backed reward. Also records evaluation outcomes (rows with phase == "eval") for pass@k."""

    __name__ = "tests"

    def __init__(self, config: TrainConfig):
        self.config = config
        self.eval_records: list[dict[str, Any]] = []
        self._client = None
        self._client_loop = None

    def _client_for_this_loop(self):
        # httpx async clients belong to the event loop that made them; TRL runs us on its own daemon loop.
        from executor.client import AsyncExecutorClient

        loop = asyncio.get_running_loop()
        if self._client is None or self._client_loop is not loop:
            self._client = AsyncExecutorClient(self.config.executor_url)
            self._client_loop = loop
        return self._client

    def submission(self, code: str, tests: list[dict[str, Any]]) -> dict[str, Any]:
        tests = [{k: v for k, v in t.items() if v is not None} for t in tests]
        if self.config.max_tests_per_problem:
            tests = tests[: self.config.max_tests_per_problem]
        limits = {"test_timeout_s": self.config.test_timeout_s, "submission_timeout_s": self.config.submission_timeout_s}
        body: dict[str, Any] = {"code": code, "tests": tests, "limits": limits}
        if self.config.executor_engine:
            body["engine"] = self.config.executor_engine
        return body

    async def run(self, submissions: list[dict[str, Any]]) -> list[Any]:
        client = self._client_for_this_loop()
        chunks = [submissions[i : i + BATCH_CHUNK] for i in range(0, len(submissions), BATCH_CHUNK)]
        answers = await asyncio.gather(*(client.execute_batch(chunk) for chunk in chunks))
        results = [r for answer in answers for r in (answer.results if hasattr(answer, "results") else answer)]
        if len(results) != len(submissions):
            raise RuntimeError(f"executor answered {len(results)} results for {len(submissions)} submissions")
        return results

    async def __call__(self, prompts, completions, tests, id=None, phase=None, log_metric=None, **_) -> list[float]:
        from executor.extract import extract_code

        n = len(completions)
        codes = [extract_code(completion_text(c)) for c in completions]
        todo = [i for i, code in enumerate(codes) if code]
        results = await self.run([self.submission(codes[i], json.loads(tests[i])) for i in todo])

        rewards = [self.config.no_code_reward] * n
        passed, total, errors = [0] * n, [0] * n, 0
        for i, result in zip(todo, results):
            if _get(result, "error") and _get(result, "passed") is None:
                errors += 1  # the executor could not run this one; it earns nothing but is counted
                rewards[i] = 0.0
                continue
            passed[i], total[i] = _get(result, "passed", 0), _get(result, "total", 0)
            rewards[i] = tests_reward_value(passed[i], total[i], self.config)

        if log_metric is not None:
            log_metric("tests/no_code_frac", (n - len(todo)) / n)
            log_metric("tests/perfect_frac", sum(1 for i in todo if total[i] and passed[i] == total[i]) / n)
            log_metric("tests/pass_frac", sum(passed[i] / total[i] for i in todo if total[i]) / n)
            log_metric("tests/compile_error_frac", sum(1 for r in results if _get(r, "compile_error")) / n)
            log_metric("tests/executor_error_frac", errors / n)
        if phase is not None:
            for i in range(n):
                if phase[i] == "eval":
                    self.eval_records.append(
                        {"id": id[i] if id else str(i), "passed": passed[i], "total": total[i],
                         "perfect": bool(total[i]) and passed[i] == total[i], "reward": rewards[i]}
                    )
        return rewards


class FormatReward:
    """1 for a well formed answer, 0.5 for the right parts with extra text around them, else 0.

    Reasoning format: <reasoning>…</reasoning><answer>…</answer>. Standard format: one ```q block.
    """

    __name__ = "format"

    def __init__(self, config: TrainConfig):
        self.reasoning = config.use_reasoning_format

    def score(self, text: str) -> float:
        if self.reasoning:
            if REASONING_STRICT.match(text):
                return 1.0
            return 0.5 if REASONING_LOOSE.search(text) else 0.0
        blocks = FENCE.findall(text)
        if len(blocks) == 1 and blocks[0][0].lower() in ("q", "k", "kdb", "kdb+"):
            return 1.0
        return 0.5 if any(lang.lower() in ("q", "k", "kdb", "kdb+") for lang, _ in blocks) else 0.0

    def __call__(self, prompts, completions, **_) -> list[float]:
        return [self.score(completion_text(c)) for c in completions]


class RandomReward:
    """Control: uniform noise in [0, 1) from a fixed seed. A run on it shows what 'learning' without signal looks like."""

    __name__ = "random"

    def __init__(self, config: TrainConfig):
        self.rng = random_module.Random(config.random_reward_seed)

    def __call__(self, prompts, completions, **_) -> list[float]:
        return [self.rng.random() for _ in completions]


def reasoning_of(text: str) -> str:
    """The completion's reasoning: inside <reasoning> tags, else the text before the first code fence."""
    m = re.search(r"<reasoning>(.*?)(?:</reasoning>|$)", text, re.DOTALL)
    if m:
        return m.group(1).strip()
    return text.split("```", 1)[0].strip()


class PerplexityReward:
    """exp(mean log p(reference | prompt, completion's reasoning)) under a frozen model, in (0, 1].

    The frozen-LM reward family: good reasoning makes the known-correct solution likely, without running code.
    """

    __name__ = "perplexity"

    def __init__(self, config: TrainConfig, tokenizer, model=None):
        self.config, self.tokenizer, self._model = config, tokenizer, model

    @property
    def model(self):
        if self._model is None:
            from trainer.models import load_model

            import torch

            model = load_model(self.config, self.config.perplexity_model or self.config.model)
            if torch.cuda.is_available():  # each training process scores its own completions on its own GPU
                model = model.to(torch.device("cuda", int(os.environ.get("LOCAL_RANK", 0))))
            self._model = model.eval().requires_grad_(False)
        return self._model

    def pieces(self, prompt, completion, reference: str) -> tuple[str, str]:
        reasoning = reasoning_of(completion_text(completion))
        if self.config.use_reasoning_format:
            reply, target = f"<reasoning>\n{reasoning}\n</reasoning>\n<answer>\n", f"{reference}\n</answer>"
        else:
            reply, target = f"{reasoning}\n```q\n", f"{reference}\n```"
        if isinstance(prompt, list):
            context = self.tokenizer.apply_chat_template(prompt, tokenize=False, add_generation_prompt=True)
        else:
            context = prompt
        return context + reply, target

    def __call__(self, prompts, completions, reference, **_) -> list[float]:
        import torch

        model = self.model
        device = next(model.parameters()).device
        scores: list[float] = []
        pairs = [self.pieces(p, c, r) for p, c, r in zip(prompts, completions, reference)]
        for context, target in pairs:  # one at a time: contexts differ in length, and this is a side reward
            ctx = self.tokenizer(context, add_special_tokens=False)["input_ids"]
            tgt = self.tokenizer(target, add_special_tokens=False)["input_ids"]
            ids = torch.tensor([ctx + tgt], device=device)
            with torch.no_grad():
                logits = model(ids).logits[0, len(ctx) - 1 : -1].float()
            logp = torch.log_softmax(logits, dim=-1).gather(1, ids[0, len(ctx) :, None]).mean()
            scores.append(float(torch.exp(logp)))
        return scores


def build_reward_funcs(config: TrainConfig, tokenizer, perplexity_model=None) -> tuple[list, TestsReward | None]:
    """The reward functions named in `config.reward_weights`, in that order, and the tests reward (for eval)."""
    funcs, tests = [], None
    for name in config.reward_weights:
        if name == "tests":
            tests = TestsReward(config)
            funcs.append(tests)
        elif name == "format":
            funcs.append(FormatReward(config))
        elif name == "random":
            funcs.append(RandomReward(config))
        elif name == "perplexity":
            funcs.append(PerplexityReward(config, tokenizer, perplexity_model))
    return funcs, tests
