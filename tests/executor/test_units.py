"""Pure functions of the executor: code extraction, pass@k, q string literals, limits."""
from __future__ import annotations

import pytest

from executor.engines.qbinary import q_string
from executor.extract import extract_code
from executor.models import Limits, ServerCaps, Submission
from executor.passk import pass_at_k


@pytest.mark.parametrize("text, code", [
    ("<think>maybe</think><answer>\nsolve:{x+1}\n</answer>", "solve:{x+1}"),
    ("first ```q\nsolve:{x}\n``` then ```q\nsolve:{y}\n```", "solve:{y}"),
    ("<answer>```q\nsolve:{1}\n```</answer>", "solve:{1}"),
    ("```\nsolve:{2}\n```", "solve:{2}"),
    ("```python\nprint(1)\n```\n```q\nsolve:{3}\n```", "solve:{3}"),
    ("<answer>\nsolve:{4}", "solve:{4}"),  # cut off before the closing tag
    ("answer:42\nsolve:{x}", "answer:42\nsolve:{x}"),  # `answer:` is q assignment, not a marker
    ("", None), ("   \n", None), (None, None),
])
def test_extract_code_prefers_answer_tag_then_q_fence_then_raw(text, code):
    assert extract_code(text) == code


def test_pass_at_k_is_the_unbiased_estimator():
    assert pass_at_k(10, 0, 1) == 0.0
    assert pass_at_k(10, 10, 5) == 1.0
    assert pass_at_k(4, 2, 1) == 0.5
    assert abs(pass_at_k(4, 2, 2) - (1 - 1 / 6)) < 1e-12
    assert pass_at_k(3, 1, 5) is None  # fewer completions than k
    assert pass_at_k(5, 3, 3) == 1.0  # every 3-subset holds a correct one


def test_q_string_escapes_everything_and_is_always_a_list():
    assert q_string("a") == 'enlist "a"' and q_string("") == '""'
    assert q_string('say "hi"\\\n') == '"say \\"hi\\"\\\\\\n"'
    assert q_string("\x00é") == '"\\000\\303\\251"'


def test_server_caps_clamp_limits():
    clamped = ServerCaps(test_timeout_s=2, memory_mb=100).clamp(Limits(test_timeout_s=50, memory_mb=10))
    assert (clamped.test_timeout_s, clamped.memory_mb) == (2, 10)


def test_a_submission_tells_the_two_test_kinds_apart():
    s = Submission(code="x", tests=[{"call": "f 1", "expected": "1"}, {"code": "show 1", "expected_output": "1"}])
    assert [type(t).__name__ for t in s.tests] == ["ValueTest", "OutputTest"]


def test_a_licence_from_the_environment_is_written_to_a_private_qlic(monkeypatch, tmp_path):
    import base64
    import os

    from executor.engines.qbinary import QBinaryEngine
    monkeypatch.setenv("KDB_LICENSE_B64", base64.b64encode(b"licence bytes").decode())
    monkeypatch.delenv("KDB_K4LICENSE_B64", raising=False)
    env = QBinaryEngine()._env(str(tmp_path))
    qlic = env["QLIC"]
    assert open(os.path.join(qlic, "kc.lic"), "rb").read() == b"licence bytes"
    assert os.stat(qlic).st_mode & 0o077 == 0 and os.stat(os.path.join(qlic, "kc.lic")).st_mode & 0o077 == 0
    assert "KDB_LICENSE_B64" not in env  # the child sees the file, not the variable
