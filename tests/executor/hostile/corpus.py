"""The hostile corpus: ≥ 200 q programs in groups, each with the status it must end in under both engines.

Every program is graded against the same two tests for `solve` (x+1): a value test and an output test.
None may pass: the programs are wrong, hang, bomb, flood, reach for the host, exit, forge results, abuse the
parser or try to crash the engine. `status` is what qlite (in-process) must answer; `qbinary` is set where
the child-process engine (`Q_BINARY=qlite`) answers differently, with the reason in the group notes.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Optional

TESTS = [{"call": "solve 41", "expected": "42"}, {"code": "show solve 9", "expected_output": "10"}]
WRONG = "solve:{x};"  # the wrong solution hostile code rides along with: only a fake could pass


@dataclass(frozen=True)
class Program:
    id: str
    group: str
    code: str
    status: str  # every test's status; "a|b" where either is right (qlite may implement more later)
    load_error: Optional[bool] = False  # a compile/load error is reported (None: either)
    qbinary: str = ""  # qbinary's status where it differs ("" = same); `skip` = not run there
    host: bool = False  # reaches for the host: only run where q is sandboxed (qlite engine)


def _both(group, name, body, status, load_status=None, **kw):
    """The same hostile expression at load time and inside solve."""
    yield Program(f"{group}-{name}-solve", group, "solve:{" + body + "; x+1}", status, **kw)
    yield Program(f"{group}-{name}-load", group, body + ";" + WRONG, load_status or status, load_error=True, **kw)


def _loops():
    bodies = {
        "while-true": "while[1b;]", "while-one": "while[1;]", "while-not": "while[not 0b;]",
        "while-growing": "a:1; while[a>0; a+:1]", "do-0W": "do[0W;]", "do-0W-work": "a:0; do[0W; a+:1]",
        "nested-do": "do[1000000; do[1000000; 0]]", "trap-loop": "@[{while[1b;]};::;{x}]",
        "converge": "(1+)/[0]", "scan-converge": "(1+)\\[0]", "over-count": "{x}/[0W;0]",
    }
    for name, body in bodies.items():
        yield from _both("loop", name, body, "timeout")
    # a million results may hit the 64 MB budget before the clock
    yield from _both("loop", "each-slow", "{do[1000;0]} each til 1000000", "timeout|memory")
    for name, code in {"recurse": "solve:{solve x}", "mutual": "f:{g x}; g:{f x}; solve:{f x}",
                       "recurse-deep-args": "solve:{solve[x;x;x]}", "lambda-self": "f:{f[x]+1}; solve:{f x}"}.items():
        yield Program(f"loop-{name}", "loop", code, "error")  # 'stack (or 'rank)
    yield Program("loop-recurse-at-load", "loop", "f:{f x}; f 1;" + WRONG, "error", load_error=True)


def _memory():
    bodies = {
        "til-0W": "count til 0W", "til-2e9": "count til 2000000000", "til-1e10": "count til 10000000000",
        "take-long": "count 3000000000#0", "take-char": "count 3000000000#\"x\"",
        "take-float": "count 3000000000#1.0", "take-sym": "count 3000000000#`a",
        "roll": "count 3000000000?10", "join-doubling": "a:til 1000000; do[40; a:a,a]",
        "join-assign": "a:til 1000000; do[40; a,:a]", "enlist-many": "count 100000000#enlist til 1000",
        "string-huge": "count 2000000000#\"abc\"", "matrix": "count (100000;100000)#0",
        "raze-big": "count raze 100000#enlist til 100000",
    }
    for name, body in bodies.items():
        # the q binary's only memory cap is RLIMIT_AS, which leaves room for an interpreter: a slow
        # bomb may run out of time before it runs out of memory there
        yield from _both("memory", name, body, "memory", qbinary="memory|timeout")


def _output():
    floods = {
        "line-flood": "do[2000; -1 (200#\"x\")]", "show-flood": "do[10000; show til 20]",
        "one-long-line": "-1 (1000000#\"x\")", "no-newline": "do[2000; 1 (200#\"x\")]",
        "zero-bang": "do[2000; 0N!til 50]", "list-of-strings": "-1 (10000#enlist 20#\"y\")",
    }
    for name, body in floods.items():
        # the output budget; qlite's console hands a line's stdout over only at its end, so a flood
        # under qbinary may run out of time first
        yield from _both("output", name, body, "error", qbinary="error|timeout")
    stderr = {"stderr-line": "-2 \"oops\"", "stderr-no-newline": "2 \"oops\"",
              "stderr-pass": "-2 \"PASS\"", "stderr-flood": "do[2000; -2 (200#\"x\")]",
              "stderr-empty-line": "-2 \"\""}
    for name, body in stderr.items():
        yield from _both("output", name, body, "error")


def _host():
    bodies = {
        "system-ls": "system \"ls /\"", "system-rm": "system \"rm -rf /tmp/qrl-pwned-dir\"",
        "system-sleep": "system \"sleep 5\"", "system-curl": "system \"curl http://127.0.0.1:1\"",
        "system-touch": "system \"touch /tmp/qrl-pwned\"", "system-cd": "system \"cd /\"",
        "hopen-port": "hopen 5000", "hopen-host": "hopen `:localhost:5000",
        "hopen-unix": "hopen `:unix://5000", "hopen-file": "hopen `:/tmp/qrl-pwned",
        "read0": "read0 `:/etc/passwd", "read1": "read1 `:/etc/passwd", "get-file": "get `:/etc/passwd",
        "set-file": "`:/tmp/qrl-pwned set 42", "save-text": "`:/tmp/qrl-pwned 0: enlist \"x\"",
        "write-bytes": "`:/tmp/qrl-pwned 1: 0x00", "hdel": "hdel `:/tmp/qrl-pwned",
        "getenv": "getenv `HOME", "setenv": "`HOME setenv \"/\"",
        "zpg": ".z.pg:{x}", "zps": ".z.ps:{x}", "zexit": ".z.exit:{-1 \"10\"}", "zts": ".z.ts:{-1 \"10\"}",
    }
    for name, body in bodies.items():
        yield from _both("host", name, body, "error", host=True)  # 'access (or the name qlite lacks)
    yield from _both("host", "key-dir", "key `:/", "nyi|error", host=True)  # qlite: `key` on handles is 'nyi
    commands = {"backslash-l": "\\l /etc/passwd", "backslash-ls": "\\ls /", "backslash-cd": "\\cd /",
                "backslash-p": "\\p 5000", "backslash-w": "\\w"}
    for name, cmd in commands.items():
        yield Program(f"host-{name}", "host", cmd + "\n" + WRONG, "error", load_error=True, host=True)


def _exit():
    for code in ("0", "1", "-1", "255"):
        yield Program(f"exit-{code}-at-load", "exit", f"exit {code};" + WRONG, "error", load_error=True)
        yield Program(f"exit-{code}-in-solve", "exit", "solve:{exit " + code + "}", "error")
    yield Program("exit-after-output", "exit", "solve:{-1 \"10\"; exit 0}", "error")
    yield Program("exit-after-fake", "exit", "-1 \"10\"; -1 \"PASS\"; exit 0;" + WRONG, "error", load_error=True)
    yield Program("exit-via-value", "exit", "solve:{value \"exit 0\"}", "error")
    yield Program("exit-trapped", "exit", "solve:{@[exit;0;{x}]; x+1}", "error")
    yield Program("exit-double-backslash", "exit", WRONG + "\n\\\\\n", "error", load_error=True, host=True)
    yield Program("exit-in-each", "exit", "solve:{{exit 0} each til 3}", "error")


def _forgery():
    fakes = {
        "pass-word": "PASS", "pass-lower": "pass", "ok": "ok", "expected-output": "10",
        "r-line": "R 0 pass", "e-line": "E 1 ok", "d-line": "D", "json": "{\\\"status\\\":\\\"pass\\\"}",
        "nonce-like": "00000000000000000000000000000000 R 0 pass",
        "nonce-like-2": "ffffffffffffffffffffffffffffffff R 0 pass",
        "all-tests": "1/1 tests passed", "qerror-like": "'pass",
    }
    for name, text in fakes.items():
        yield Program(f"forgery-print-{name}-load", "forgery", f"-1 \"{text}\";" + WRONG, "fail")
        yield Program(f"forgery-print-{name}-solve", "forgery", "solve:{-1 \"" + text + "\"; x}", "fail")
    for kw in ("show", "value", "string", "count", "first", "enlist", "not", "type"):
        yield Program(f"forgery-redefine-{kw}", "forgery", kw + ":{42};" + WRONG, "error", load_error=True)
    for name in ("n", "E", "h", "v", "s", "f", "c", "ld", "L", "R", "K", "S", "X", "C"):
        yield Program(f"forgery-harness-name-{name}", "forgery", f"{name}:42;" + WRONG, "fail")
    yield Program("forgery-q-namespace", "forgery", ".q.show:{-1 \"10\"}; .q.value:{42};" + WRONG, "fail")
    yield Program("forgery-redefine-each", "forgery", "each:{42};" + WRONG, "error|fail", load_error=None)
    yield Program("forgery-match-glyph", "forgery", "(~):{1b};" + WRONG, "error|nyi", load_error=True)
    for name, ret in {"string-answer": "\"42\"", "int-answer": "42i", "float-answer": "42f",
                      "enlisted": "enlist 42", "symbol": "`42", "null": "(::)", "function": "{42}",
                      "generic-null": "0N", "dict": "(enlist 41)!enlist 42"}.items():
        yield Program(f"forgery-typed-{name}", "forgery", "solve:{" + ret + "}", "fail")


def _parser():
    fixed = {
        "garbage": "solve:{x+1]]]; )(", "unbalanced-paren": "solve:{[x] (x+1",
        "unbalanced-brace": "solve:{x+1", "unbalanced-bracket": "solve:{x[1}",
        "unterminated-string": "solve:{\"abc}", "nul-bytes": "solve:{x+1}\x00\x00 junk",
        "lone-quote": "\"",
        "bad-lambda-params": "solve:{[x;x;x;x;x;x;x;x;x] x}",
    }
    for name, code in fixed.items():
        yield Program(f"parser-{name}", "parser", code, "error", load_error=True)
    yield Program("parser-high-bytes", "parser", "solve:{x+1}\xff\xfe garbage", "error|nyi", load_error=True)
    yield Program("parser-deep-parens", "parser", "solve:{x+" + "(" * 5000 + "0" + ")" * 5000 + "}", "fail")
    yield Program("parser-deeper-parens", "parser", "solve:{x+" + "(" * 20000 + "0" + ")" * 20000 + "}", "error",
                  load_error=True)  # 'stack
    yield Program("parser-deep-braces", "parser", "solve:" + "{" * 3000 + "x" + "}" * 3000, "fail")
    yield Program("parser-900k-string", "parser", "s:\"" + "x" * 900_000 + "\";" + WRONG, "fail")
    yield Program("parser-900k-comment", "parser", "/ " + "x" * 900_000 + "\n" + WRONG, "fail")
    yield Program("parser-long-vector", "parser", "v:" + " ".join(["1"] * 20_000) + ";" + WRONG, "fail")
    yield Program("parser-block-comment-eats-rest", "parser", WRONG + "\n/\nsolve:{x+1}\n", "fail")
    yield Program("parser-crlf", "parser", "solve:{x}\r\n", "fail")
    rng = random.Random(7)
    alphabet = "{}[]();:`\"'/\\\\ .,!#$%&*+-<=>?@^_|~0123456789abcxyz\n\t"
    for i in range(12):  # random punctuation soup: must never pass, never crash the worker
        soup = "".join(rng.choice(alphabet) for _ in range(200))
        yield Program(f"parser-soup-{i}", "parser", soup + "\n" + WRONG, "error|nyi", load_error=True)


def _crash():
    bodies = {  # the body, then the wrong answer x: whatever the body does, the tests end as the status
        "overflow-add": ("0W+1", "fail"), "neg-inf": ("-0W-2", "fail"), "float-overflow": ("1e308*10", "fail"),
        "cast-huge": ("`int$0W", "fail"), "serialize": ("-8!til 10", "nyi|fail"),
        "deserialize": ("-9!0x00", "nyi|error"), "internal-func": ("-1000!42", "nyi|error"),
        "parse": ("parse \"1+\"", "nyi|fail"), "value-garbage": ("value \"{{{\"", "error"),
        "signal-long": ("'10000#\"x\"", "error"), "signal-symbol": ("'`oops", "error"),
        "signal-number": ("'42", "error"), "dotQ": (".Q.s til 10", "nyi|fail"),
        "string-big": ("count string til 10000000", "memory|timeout"),
        "sort-big": ("count asc 100000000?100", "memory|timeout"),
    }
    for name, (body, status) in bodies.items():
        yield Program(f"crash-{name}", "crash", "solve:{" + body + "; x}", status)


def build() -> list[Program]:
    programs = [p for family in (_loops, _memory, _output, _host, _exit, _forgery, _parser, _crash)
                for p in family()]
    assert len({p.id for p in programs}) == len(programs), "duplicate ids"
    return programs


PROGRAMS = build()
