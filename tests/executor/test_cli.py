"""The executor's `qrl` commands as a user runs them: exec and eval."""
from __future__ import annotations

import json
import os
import subprocess

from executor_servers import QLITE, QRL


def qrl(*args, cwd=None):
    return subprocess.run([*QRL, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=120,
                          env=dict(os.environ, Q_BINARY=QLITE, COLUMNS="200"))


def test_exec_runs_a_file_against_tests_and_exits_by_the_result(tmp_path):
    (tmp_path / "sol.q").write_text("solve:{x+1}\n")
    (tmp_path / "tests.json").write_text(json.dumps([{"call": "solve 1", "expected": "2"},
                                                     {"code": "show solve 2", "expected_output": "3"}]))
    ok = qrl("exec", tmp_path / "sol.q", "--tests", tmp_path / "tests.json", "--json")
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["passed"] == 2
    (tmp_path / "bad.q").write_text("solve:{x+2}\n")
    bad = qrl("exec", tmp_path / "bad.q", "--tests", tmp_path / "tests.json", "--engine", "qbinary")
    assert bad.returncode == 1 and "fail" in bad.stdout


def test_exec_without_tests_prints_what_the_script_prints(tmp_path):
    (tmp_path / "hello.q").write_text("show 1+1 2 3\n-1 \"hi\";\n")
    r = qrl("exec", tmp_path / "hello.q")
    assert r.returncode == 0 and r.stdout.split() == ["2", "3", "4", "hi"]


def test_eval_writes_unbiased_pass_at_k(tmp_path):
    problems = tmp_path / "p.jsonl"
    problems.write_text("\n".join(json.dumps(p) for p in [
        {"id": "inc", "tests": [{"call": "solve 1", "expected": "2"}, {"call": "solve 5", "expected": "6"}]},
        {"id": "dbl", "tests": [{"call": "solve 3", "expected": "6"}]},
    ]))
    completions = tmp_path / "c.jsonl"
    lines = [("inc", "<answer>solve:{x+1}</answer>"), ("inc", "```q\nsolve:{x+2}\n```"),
             ("inc", "no code at all ```"), ("inc", "solve:{1+x}"),
             ("dbl", "```q\nsolve:{2*x}\n```"), ("dbl", "solve:{x}")]
    completions.write_text("\n".join(json.dumps({"id": i, "completion": c}) for i, c in lines))
    out = tmp_path / "passk.json"
    r = qrl("eval", "--problems", problems, "--completions", completions, "--k", "1,2", "--out", out,
            "--workers", "1")
    assert r.returncode == 0, r.stderr
    report = json.loads(out.read_text())
    by_id = {p["id"]: p for p in report["problems"]}
    assert (by_id["inc"]["n"], by_id["inc"]["c"]) == (4, 2)
    assert by_id["inc"]["pass@1"] == 0.5 and abs(by_id["inc"]["pass@2"] - (1 - 1 / 6)) < 1e-9
    assert (by_id["dbl"]["n"], by_id["dbl"]["c"], by_id["dbl"]["pass@1"]) == (2, 1, 0.5)
    assert report["overall"]["pass@1"] == 0.5
    assert "overall" in r.stdout
