"""The chat prompt a model sees for one problem: a system message (write q, answer format) and the
problem statement as the user message. Training and evaluation both build prompts here.
"""
from __future__ import annotations

SYSTEM_PLAIN = (
    "You are an expert q (kdb+) programmer. Solve the problem by writing q code. "
    "Define the function exactly as named in the problem, with the stated arguments, "
    "and make it return exactly the stated q type. "
    "Reply with the complete q code in a single ```q fenced code block and nothing else; "
    "do not print or call the function."
)

SYSTEM_REASONING = (
    "You are an expert q (kdb+) programmer. Solve the problem by writing q code. "
    "Define the function exactly as named in the problem, with the stated arguments, "
    "and make it return exactly the stated q type. "
    "First think step by step inside <reasoning>...</reasoning>, then give the complete q code "
    "inside <answer>...</answer> (a ```q fenced block inside the answer is allowed). "
    "Use exactly this format:\n<reasoning>\n...\n</reasoning>\n<answer>\n...\n</answer>"
)


def system_prompt(reasoning: bool = False) -> str:
    return SYSTEM_REASONING if reasoning else SYSTEM_PLAIN


def chat_messages(prompt: str, reasoning: bool = False) -> list[dict]:
    """Chat messages for one problem statement (markdown), in the `[{role, content}]` form."""
    return [
        {"role": "system", "content": system_prompt(reasoning)},
        {"role": "user", "content": prompt},
    ]
