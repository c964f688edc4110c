"""Loaders: the built-in set, the public LeetCode→q schema and KX's Q-HumanEval JSONL, from small
files written here; and the Dataset the trainer reads."""
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from data import chat_messages, load_leetcode_q, load_problems, load_q_humaneval, to_dataset
from data.schema import OutputTest, Problem, ValueTest


def _write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


LEETCODE_ROWS = [
    {"task_id": "roman-to-int", "difficulty": "Easy", "problem_description": "Convert a Roman numeral.",
     "q_solution": "solve:{[s] 0}", "test_cases": [
         {"q_test_code": "result:solve[\"III\"];\nshow result;", "q_expected_output": "3"},
         {"q_test_code": "result:solve[\"LVIII\"];\nshow result;", "q_expected_output": "58"}]},
    {"task_id": "no-tests", "difficulty": "Hard", "problem_description": "x", "q_solution": "f:{x}",
     "test_cases": []},
]


def test_leetcode_q_from_jsonl_gives_output_tests(tmp_path):
    problems = load_leetcode_q(_write_jsonl(tmp_path / "train.jsonl", LEETCODE_ROWS))
    assert [p.id for p in problems] == ["lcq-roman-to-int"]  # the problem without tests is dropped
    p = problems[0]
    assert p.difficulty == "easy" and p.entry_point == "solve" and p.prompt.startswith("Convert")
    assert p.tests[1] == OutputTest(code="result:solve[\"LVIII\"];\nshow result;", expected_output="58")


def test_leetcode_q_from_a_parquet_folder_picks_the_split(tmp_path):
    pq.write_table(pa.Table.from_pylist(LEETCODE_ROWS[:1]), tmp_path / "test-00000.parquet")
    pq.write_table(pa.Table.from_pylist([dict(LEETCODE_ROWS[0], task_id="other")]),
                   tmp_path / "train-00000.parquet")
    problems = load_leetcode_q(tmp_path, split="test")
    assert [(p.id, p.split) for p in problems] == [("lcq-roman-to-int", "test")]


HUMANEVAL_ROWS = [
    {"task_id": 0, "entry_point": "has_close", "canonical_solution": "",
     "prompt": "// @param x {float[]} List.\n// @param y {float} T\n// @return {boolean} 1b\nhas_close:{[x;y]\n    }",
     "tests": "def check(candidate):\n    assert candidate([1.0, 2.0, 3.9], 0.3) == True\n"
              "    assert abs(candidate([1.0], 0.05) - 1) < 1e-6\n    assert candidate([1, 2], 1) == False\n"},
    {"task_id": 7, "entry_point": "filter_sub",
     "prompt": "// @param x {symbol[]} s\n// @param y {symbol} s\n// @return {symbol[]} f\nfilter_sub:{[x;y]\n }",
     "tests": "def check(candidate):\n    assert candidate([], 'john') == []\n"
              "    assert candidate(['xxx', 'a b'], 'xxx') == ['xxx']\n"},
    {"task_id": 9, "entry_point": "roll", "prompt": "roll:{[x] }",
     "tests": "def check(candidate):\n    assert candidate([3, 5, 7]) == (3 + 5, 3 * 5)\n"},
]


def test_q_humaneval_converts_literal_asserts_and_reports_the_rest(tmp_path):
    load = load_q_humaneval(_write_jsonl(tmp_path / "q_humaneval.jsonl", HUMANEVAL_ROWS))
    by_id = {p.id: p for p in load.problems}
    assert set(by_id) == {"qhe-0", "qhe-7"}
    # declared types win: floats stay floats even when written as Python ints
    assert by_id["qhe-0"].tests == [ValueTest(call="has_close[1.0 2.0 3.9;0.3]", expected="1b"),
                                    ValueTest(call="has_close[1 2f;1f]", expected="0b")]
    assert by_id["qhe-7"].tests == [ValueTest(call="filter_sub[0#`;`john]", expected="0#`"),
                                    ValueTest(call='filter_sub[`$("xxx";"a b");`xxx]', expected="enlist `xxx")]
    reported = {task for task, _ in load.unconverted}
    assert reported == {"0", "9"}
    assert any("abs(candidate" in why for _, why in load.unconverted)


def test_load_problems_validates_and_filters_by_split(tmp_path):
    rows = [{"id": f"t-{i}", "title": "t", "difficulty": "easy", "split": s, "prompt": "solve it",
             "reference": "solve:{x}", "tests": [{"call": "solve[1]", "expected": "1"}]}
            for i, s in enumerate(["train", "test", "train"])]
    path = _write_jsonl(tmp_path / "p.jsonl", rows)
    assert [p.id for p in load_problems("test", paths=[path])] == ["t-1"]
    assert len(load_problems(paths=[path])) == 3
    bad = _write_jsonl(tmp_path / "bad.jsonl", [dict(rows[0], tests=[{"call": "x"}])])
    with pytest.raises(ValueError, match="bad.jsonl:1"):
        load_problems(paths=[bad])


def test_to_dataset_has_the_trainer_columns_and_chat_prompts():
    problems = load_problems()[:3]
    ds = to_dataset(problems, reasoning=True)
    assert set(ds.column_names) == {"id", "prompt", "tests", "entry_point", "reference", "difficulty"}
    row = ds[0]
    assert [m["role"] for m in row["prompt"]] == ["system", "user"]
    assert "<reasoning>" in row["prompt"][0]["content"]
    assert row["prompt"][1]["content"] == problems[0].prompt
    assert row["tests"][0]["call"] == problems[0].tests[0].call
    assert "<reasoning>" not in to_dataset(problems)[0]["prompt"][0]["content"]


def test_mixed_test_kinds_survive_the_dataset_and_come_back_clean():
    from data import clean_tests

    out = Problem(id="x-1", title="t", prompt="solve", tests=[{"code": "show 1", "expected_output": "1"}])
    ds = to_dataset(load_problems()[:1] + [out])
    assert ds[1]["tests"][0]["call"] is None
    assert clean_tests(ds[1]["tests"]) == [{"code": "show 1", "expected_output": "1"}]
    assert clean_tests(ds[0]["tests"])[0] == load_problems()[0].tests[0].model_dump()


def test_chat_messages_is_the_one_prompt_builder():
    assert chat_messages("x")[1] == {"role": "user", "content": "x"}


def test_problem_rejects_unknown_fields_and_bad_ids():
    base = {"id": "a-1", "title": "t", "prompt": "p", "tests": [{"call": "f[]", "expected": "1"}]}
    Problem.model_validate(base)
    with pytest.raises(ValueError):
        Problem.model_validate(dict(base, colour="red"))
    with pytest.raises(ValueError):
        Problem.model_validate(dict(base, id="a b"))
