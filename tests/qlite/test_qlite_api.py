"""The public contract of qlite (used by the executor, data checks and the conformance runner)."""
import io

import pytest

from qlite import Interpreter, Limits, QError, QExit, match


def test_repl_prints_console_text():
    assert Interpreter().repl("1+til 3") == "1 2 3"


def test_repl_assignment_prints_nothing():
    ip = Interpreter()
    assert ip.repl("a:5") == ""
    assert ip.repl("a") == "5"


def test_repl_error_is_quoted_name():
    assert Interpreter().repl("1+`a") == "'type"


def test_repl_includes_printed_output_before_the_value():
    # ref/display: 0N! prints then returns its argument
    assert Interpreter().repl("2+0N!3") == "3\n5"


def test_eval_returns_last_value_and_match_is_typed():
    ip = Interpreter()
    v = ip.eval("x:1 2 3\nx*2")
    assert match(v, ip.eval("2 4 6"))
    assert not match(v, ip.eval("2 4 6i"))


def test_eval_raises_qerror_with_the_q_name():
    with pytest.raises(QError) as e:
        Interpreter().eval("'myerror")
    assert e.value.name == "myerror"


def test_run_script_prints_only_explicit_output_and_stops_at_an_error():
    out, err = io.StringIO(), io.StringIO()
    ip = Interpreter(stdout=out, stderr=err)
    ip.run_script("a:1 2 3\na\nshow a\n-1 \"hi\";\n1+`a\nshow 99\n")
    assert out.getvalue() == "1 2 3\nhi\n"
    assert err.getvalue().startswith("'type")


def test_exit_raises_qexit_with_the_code():
    with pytest.raises(QExit) as e:
        Interpreter().run_script("exit 3\n")
    assert e.value.code == 3


def test_format_is_show_text():
    ip = Interpreter()
    assert ip.format(ip.eval("`a`b!1 2")) == "a| 1\nb| 2"


def test_args_are_z_x():
    ip = Interpreter(args=["a", "bc"])
    assert ip.repl(".z.x") == ',"a"\n"bc"'


def test_step_budget_gives_stop():
    ip = Interpreter(limits=Limits(max_steps=1000))
    with pytest.raises(QError) as e:
        ip.eval("while[1b;a:1]")
    assert e.value.name == "stop"


def test_time_budget_gives_stop():
    ip = Interpreter(limits=Limits(max_seconds=0.2))
    with pytest.raises(QError) as e:
        ip.eval("{x+1}/[0]")
    assert e.value.name == "stop"


def test_depth_budget_gives_stack():
    ip = Interpreter(limits=Limits(max_depth=100))
    with pytest.raises(QError) as e:
        ip.eval("f:{f x+1}; f 0")
    assert e.value.name == "stack"


def test_memory_budget_gives_wsfull():
    ip = Interpreter(limits=Limits(max_memory_bytes=10**6))
    with pytest.raises(QError) as e:
        ip.eval("til 10000000")
    assert e.value.name == "wsfull"


def test_budgets_reset_between_calls():
    ip = Interpreter(limits=Limits(max_steps=500))
    for _ in range(5):
        assert ip.repl("r:0; do[300; r+:1]; r") == "300"


def test_interpreter_survives_after_an_error():
    ip = Interpreter()
    assert ip.repl("f:{x*2}") == ""
    assert ip.repl("f `a") == "'type"
    assert ip.repl("f 21") == "42"


def test_nyi_cannot_be_trapped():
    # a trapped 'nyi would turn something qlite cannot do into a made-up value
    with pytest.raises(QError) as e:
        Interpreter().eval("@[{x like \"*a*b\"};\"ab\";0b]")
    assert e.value.name == "nyi"


def test_budget_cannot_be_trapped():
    ip = Interpreter(limits=Limits(max_steps=1000))
    with pytest.raises(QError) as e:
        ip.eval("@[{while[1b;a:1]};0;0]")
    assert e.value.name == "stop"


def test_a_return_outside_any_lambda_is_a_q_error_not_a_host_exception():
    ip = Interpreter(sandbox=True, stderr=io.StringIO())
    with pytest.raises(QError) as err:
        ip.eval(":5")
    assert err.value.name == "nyi"
    assert ip.repl(":5") == "'nyi"
    assert ip.repl("{if[x>1;:`big];`small}[3]") == "`big"
