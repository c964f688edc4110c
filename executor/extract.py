"""Getting q code out of a model completion — the one extractor training and evaluation share.

Order: the last `<answer>…</answer>` block (an unclosed one runs to the end), then inside it or in
the whole text the last fenced ```q block (or a bare ``` block), then the raw text. Never a regex
on `answer:` — in q that is an ordinary assignment.
"""
from __future__ import annotations

import re
from typing import Optional

_ANSWER = re.compile(r"<answer>(.*?)(?:</answer>|\Z)", re.DOTALL | re.IGNORECASE)
_FENCE = re.compile(r"```[ \t]*([A-Za-z0-9_+-]*)[ \t]*\r?\n(.*?)(?:```|\Z)", re.DOTALL)
_Q_LANGS = {"q", "k", "kdb", "kdb+", "qsql"}


def _last_fence(text: str) -> Optional[str]:
    blocks = [(lang.lower(), body) for lang, body in _FENCE.findall(text)]
    q_blocks = [body for lang, body in blocks if lang in _Q_LANGS]
    plain = [body for lang, body in blocks if not lang]
    chosen = q_blocks or plain
    return chosen[-1] if chosen else None


def extract_code(text: Optional[str]) -> Optional[str]:
    """The q code in a completion, or None when there is none."""
    if not text:
        return None
    answers = _ANSWER.findall(text)
    scope = answers[-1] if answers else text
    fenced = _last_fence(scope)
    code = fenced if fenced is not None else scope
    # drop a stray reasoning tail or closing tags a model left inside the answer
    code = code.strip("\n").rstrip()
    return code if code.strip() else None
