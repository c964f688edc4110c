"""Sandbox mode: no host access from q code ('access), nothing escapes as a Python exception."""
import pytest

from qlite import Interpreter, Limits, QError, QExit

HOST = ['system "ls"', "getenv `HOME", "hopen 5010", "read0 `:/etc/passwd", "\\ls", "\\l x.q",
        '`:x set 1', ".z.pi:{x}", '.z.ts:{x}']


@pytest.mark.parametrize("src", HOST)
def test_host_access_is_access_error(src):
    ip = Interpreter(sandbox=True)
    with pytest.raises(QError) as e:
        ip.eval(src)
    assert e.value.name == "access"


@pytest.mark.parametrize("src,out", [("\\c 10 10", ""), ("\\P 3", ""), ("\\d .foo", "")])
def test_safe_system_commands_are_allowed(src, out):
    assert Interpreter(sandbox=True).repl(src) == out


def test_console_size_truncates_show():
    # basics/syscmds: \c 10 10 then a long list of vectors
    ip = Interpreter(sandbox=True)
    ip.repl("\\c 10 10")
    assert ip.repl("til each 20+til 10") == "\n".join(["0 1 2 3.."] * 7 + [".."])


def test_precision_setting():
    ip = Interpreter(sandbox=True)
    ip.repl("\\P 3")
    assert ip.repl("1%3") == "0.333"


def test_exit_is_still_qexit_in_sandbox():
    with pytest.raises(QExit):
        Interpreter(sandbox=True).eval("exit 0")


@pytest.mark.parametrize("src", ["{x}/[{x}]", "f:{f[x]}; f 1", "(1000000#1)?til 1000000", "a:(); do[100; a:(a;a)]; a"])
def test_nothing_crashes_the_host(src):
    ip = Interpreter(sandbox=True, limits=Limits(max_steps=20000, max_seconds=2, max_memory_bytes=10**8))
    try:
        ip.eval(src)
    except QError:
        pass
