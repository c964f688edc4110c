"""qlit renders Python values as typed q literal text."""
import pytest

from data.authoring.qlit import call, lit


@pytest.mark.parametrize("value,spec,text", [
    ([0, 1], "J", "0 1"),
    ([], "J", "0#0"),
    ([], "F", "0#0f"),
    ([], "B", "0#0b"),
    ([5], "J", "enlist 5"),
    ([1, None, 3], "J", "1 0N 3"),
    (7, "j", "7"),
    (None, "j", "0N"),
    ([1, 2], "I", "1 2i"),
    ([1, None], "I", "1 0Ni"),
    (3, "i", "3i"),
    (1.5, "f", "1.5"),
    (2.0, "f", "2f"),
    (None, "f", "0n"),
    (float("-inf"), "f", "-0w"),
    ([1.0, 2.0], "F", "1 2f"),
    ([1.5, None, 2.0], "F", "1.5 0n 2.0"),
    ([True, False, True], "B", "101b"),
    ([True], "B", "enlist 1b"),
    (False, "b", "0b"),
    ("abc", "C", '"abc"'),
    ("a", "C", 'enlist "a"'),
    ("", "C", '""'),
    ('say "hi"\n', "C", '"say \\"hi\\"\\n"'),
    ("a", "c", '"a"'),
    ("abc", "s", "`abc"),
    ("a b", "s", '`$"a b"'),
    (["a", None, "b"], "S", "`a``b"),
    ([], "S", "0#`"),
    (["a", "bc"], ("list", "C"), '(enlist "a";"bc")'),
    ([[1, 2]], ("list", "J"), "enlist 1 2"),
    ([], ("list", "J"), "()"),
    (["x", 3], ("mixed", ["s", "j"]), "(`x;3)"),
    ({"a": 1, "b": 2}, ("dict", "S", "J"), "(`a`b)!(1 2)"),
    ([{"a": 1, "b": "x"}], ("table", {"a": "J", "b": "S"}), "([] a:enlist 1;b:enlist `x)"),
])
def test_lit_renders_the_exact_q_type(value, spec, text):
    assert lit(value, spec) == text


def test_lit_refuses_values_that_do_not_fit_the_type():
    with pytest.raises(TypeError):
        lit([1, 0], "B")
    with pytest.raises(ValueError):
        lit(2**40, "i")
    with pytest.raises(TypeError):
        lit(1.5, "j")


def test_call_joins_arguments_with_semicolons():
    assert call("solve", "1 2", "3") == "solve[1 2;3]"
