"""Dataset rows for GRPO: the chat prompt (built by `data.chat_messages`, the same one evaluation uses) and the
columns the reward functions read. TRL renders the messages through the tokenizer's chat template."""
from __future__ import annotations

import json
from typing import Any


def to_rows(problems: list, reasoning: bool, phase: str) -> list[dict[str, Any]]:
    """One row per problem.

    `tests` travels as JSON text: value tests and output tests have different keys, and an Arrow column would give
    every test all of them. `phase` ("train" or "eval") tells the rewards whether a completion is part of an eval.
    """
    from data import chat_messages

    return [
        {
            "prompt": chat_messages(p.prompt, reasoning),
            "id": p.id,
            "tests": json.dumps(p.test_dicts()),
            "entry_point": p.entry_point,
            "reference": p.reference,
            "difficulty": p.difficulty,
            "phase": phase,
        }
        for p in problems
    ]


def completion_text(completion: Any) -> str:
    """The text of one completion, conversational (a list of messages) or plain."""
    if isinstance(completion, str):
        return completion
    return "".join(m.get("content") or "" for m in completion if m.get("role", "assistant") == "assistant")
