"""The built-in problem set holds its contract: the static rules always, and with the qlite engine
every reference passes every test and every known-wrong solution fails one (`qrl data check`)."""
import pytest

from data.check import MIN_MEAN_TESTS, check_set, static_errors
from data.loaders import load_problems

PROBLEMS = load_problems()


def _qlite_runs() -> bool:
    try:
        from qlite import Interpreter  # noqa: F401
    except ImportError:
        return False
    return True


needs_qlite = pytest.mark.skipif(not _qlite_runs(), reason="qlite has no Interpreter yet")


def test_set_rules_hold_without_running_anything():
    assert len({p.id for p in PROBLEMS}) == len(PROBLEMS)
    assert sum(len(p.tests) for p in PROBLEMS) / len(PROBLEMS) >= MIN_MEAN_TESTS
    assert {p.id: static_errors(p) for p in PROBLEMS if static_errors(p)} == {}
    share = sum(p.split == "test" for p in PROBLEMS) / len(PROBLEMS)
    assert 0.1 <= share <= 0.3


def test_every_problem_has_value_tests_with_an_edge_case():
    for p in PROBLEMS:
        assert len(p.tests) >= 8, p.id
        assert len(p.wrong_solutions) >= 2, p.id


@needs_qlite
def test_a_sample_checks_clean_with_qlite():
    sample = [p for p in PROBLEMS if p.id in ("qrl-0001", "qrl-0031", "qrl-0086")]
    result = check_set(sample, engine="qlite")
    assert [(r.id, r.problems) for r in result.failed] == []


@needs_qlite
@pytest.mark.slow
def test_whole_set_checks_clean_with_qlite():
    result = check_set(PROBLEMS, engine="qlite", jobs=2)
    assert result.set_errors == []
    assert {r.id: r.problems for r in result.failed} == {}


@needs_qlite
def test_check_flags_a_failing_reference_and_a_wrong_solution_that_passes():
    from data.schema import Problem

    p = Problem(id="t-1", title="inc", difficulty="easy", prompt="write `solve`", reference="solve:{x+2}",
                tests=[{"call": "solve[1]", "expected": "2"}, {"call": "solve[0#0]", "expected": "0#0"}],
                wrong_solutions=[{"code": "solve:{x+1}", "why": "is right"}, {"code": "solve:{x}", "why": "no +1"}])
    (r,) = check_set([p]).problems
    assert r.reference_passed == 1 and not r.ok
    assert any("reference fail on test 0" in e for e in r.problems)
    assert any("wrong solution 0" in e for e in r.problems)
    assert r.wrong_caught == 1


@needs_qlite
def test_mutants_find_a_hole_in_weak_tests():
    from data.mutants import mutants, survivors
    from data.schema import Problem

    assert mutants("solve:{[x] x<3}") == [("'<'->'<=' at 12", "solve:{[x] x<=3}")]
    weak = Problem(id="t-2", title="lt3", prompt="`solve`", reference="solve:{[x] x<3}",
                   tests=[{"call": "solve[1]", "expected": "1b"}, {"call": "solve[5]", "expected": "0b"}])
    total, alive = survivors([weak])
    assert total == 1 and any(s.code == "solve:{[x] x<=3}" for s in alive)
