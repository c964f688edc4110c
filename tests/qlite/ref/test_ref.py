"""Conformance: every curated q) example of the KX docs, run in qlite and compared with kdb+'s output.

Cases live in one JSONL file per reference page (built by tools/curate_docs.py). A case whose input
raises 'nyi is skipped (strict: not implemented is allowed, a wrong answer is not); cases listed in
known_failures.txt are expected to fail (non-strict xfail) until qlite fixes them.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from refcases import block_key, load_cases, load_known_failures, run_block  # noqa: E402

CASES = load_cases()
KNOWN = load_known_failures()
_BLOCKS: dict[str, list] = {}
_RESULTS: dict[str, object] = {}


def _result(case):
    """Run the whole block once (one fresh interpreter), then answer each of its cases from cache."""
    key = block_key(case)
    if key not in _RESULTS:
        try:
            from qlite import Interpreter  # noqa: F401
        except ImportError as e:
            pytest.skip(f"qlite is not importable yet: {e}")
        for r in run_block(_BLOCKS[key]):
            _RESULTS[r.id] = r
        _RESULTS[key] = True
    return _RESULTS[case["id"]]


for _c in CASES:
    _BLOCKS.setdefault(block_key(_c), []).append(_c)


def _param(case):
    marks = [pytest.mark.xfail(reason="known failure (known_failures.txt)", strict=False)] \
        if case["id"] in KNOWN else []
    return pytest.param(case, id=case["id"], marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_doc_example(case):
    r = _result(case)
    if r.status == "nyi":
        pytest.skip(r.cause)
    assert r.status == "pass", (
        f"{case['id']} [{case['area']}] {r.cause}\n"
        f"q){case['input']}\n--- kdb+ printed:\n{r.expected}\n--- qlite printed:\n{r.actual}")
