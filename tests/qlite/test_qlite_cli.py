"""`qlite FILE.q [args]` behaves like `q FILE.q` with stdin closed; `qlite` reads console lines from stdin."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(args, stdin="", tmp=None):
    cmd = [sys.executable, "-m", "qlite.cli", *args]
    return subprocess.run(cmd, input=stdin, capture_output=True, text=True, timeout=60, cwd=tmp or ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_script_prints_only_explicit_output_and_exits_0_at_eof(tmp_path):
    f = tmp_path / "a.q"
    f.write_text('a:til 3\na\nshow a\n-1 "text";\n0N!`x;\n')
    r = run([str(f)], tmp=tmp_path)
    assert r.returncode == 0
    assert r.stdout == "0 1 2\ntext\n`x\n"
    assert r.stderr == ""


def test_exit_sets_the_status(tmp_path):
    f = tmp_path / "a.q"
    f.write_text("show 1\nexit 7\nshow 2\n")
    r = run([str(f)], tmp=tmp_path)
    assert r.returncode == 7
    assert r.stdout == "1\n"


def test_error_while_loading_goes_to_stderr_and_stops_the_script(tmp_path):
    f = tmp_path / "a.q"
    f.write_text("show 1\n1+`a\nshow 2\n")
    r = run([str(f)], tmp=tmp_path)
    assert r.returncode == 0
    assert r.stdout == "1\n"
    assert r.stderr.startswith("'type")


def test_args_are_in_z_x(tmp_path):
    f = tmp_path / "a.q"
    f.write_text("show .z.x\n")
    r = run([str(f), "foo", "bar"], tmp=tmp_path)
    assert r.stdout == '"foo"\n"bar"\n'


def test_console_lines_from_stdin_after_the_script(tmp_path):
    f = tmp_path / "a.q"
    f.write_text("f:{x*2}\n")
    r = run([str(f)], stdin="f 21\nf `a\n", tmp=tmp_path)
    assert r.stdout == "42\n"
    assert "'type" in r.stderr


def test_repl_without_a_script_and_quiet_flag():
    r = run(["-q"], stdin="1+til 3\n`a`b!1 2\n")
    assert r.stdout == "1 2 3\na| 1\nb| 2\n"


def test_multiline_definitions_in_a_script(tmp_path):
    f = tmp_path / "a.q"
    f.write_text("f:{[n]\n  r:1;\n  do[n; r*:2];\n  r}\nshow f 10\n")
    r = run([str(f)], tmp=tmp_path)
    assert r.stdout == "1024\n"
