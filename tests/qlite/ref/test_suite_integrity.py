"""The curated suite itself: big enough, every left-out example has a reason, nothing silently lost."""

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

REF = Path(__file__).resolve().parent
sys.path.insert(0, str(REF))
from refcases import load_cases  # noqa: E402

# The raw examples live in shared/ beside the checkout (CI lays a copy there too).
SOURCE = REF.parents[2].parent / "shared" / "q-reference" / "kx-docs-examples.jsonl"
AREAS = {"core", "tables", "qsql", "funsql", "joins", "temporal"}


def _skips():
    return [json.loads(line) for line in (REF / "skips.jsonl").read_text().split("\n") if line.strip()]


def test_suite_has_at_least_2000_cases_with_unique_ids():
    cases = load_cases()
    assert len(cases) >= 2000
    assert len({c["id"] for c in cases}) == len(cases)


def test_issue8_areas_have_at_least_800_cases():
    areas = Counter(c["area"] for c in load_cases())
    assert set(areas) <= AREAS
    assert sum(areas[a] for a in ("tables", "qsql", "funsql", "joins", "temporal")) >= 800


def test_every_left_out_step_names_its_reason():
    assert all(s["reason"].strip() for s in _skips())


def test_setup_of_a_case_extends_the_previous_case_of_its_block():
    """The runner replays a block in one interpreter, so each case's setup must continue the last one."""
    last: dict[str, list[str]] = {}
    for c in load_cases():
        block = c["id"].rsplit(":", 1)[0]
        before = last.get(block)
        if before is not None:
            assert c["setup"][:len(before)] == before, c["id"]
        last[block] = c["setup"] + [c["input"]]


@pytest.mark.skipif(not SOURCE.exists(), reason="the KX examples JSONL is not on this machine")
def test_every_step_of_the_source_is_a_case_or_a_listed_skip():
    sys.path.insert(0, str(REF.parents[2] / "tools"))
    from curate_docs import page_name
    seen = {c["id"] for c in load_cases()} | {s["id"] for s in _skips()}
    for line in SOURCE.read_text().split("\n"):
        if line.strip():
            block = json.loads(line)
            page = page_name(block["source"])
            for i in range(len(block["steps"])):
                assert f"{page}:{block['block']}:{i}" in seen
