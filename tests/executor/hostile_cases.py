"""Hostile q programs and the status each must end in. Every one is graded against the same two tests
(a value test and an output test for `solve:{x+1}`); none may pass."""
from __future__ import annotations

from dataclasses import dataclass

TESTS = [{"call": "solve 41", "expected": "42"}, {"code": "show solve 9", "expected_output": "10"}]
WRONG = "solve:{x};"  # a wrong solution the hostile code wraps, so that only a fake could pass


@dataclass(frozen=True)
class Hostile:
    id: str
    group: str
    code: str
    status: str  # the status every test must end in
    load_error: bool = False  # the harness must report a compile/load error
    host_access: bool = False  # touches the host: run only where q is sandboxed (qlite engine)
    qbinary_status: str = ""  # where the child-process engine differs (see the case)


CASES = [
    # -- non-termination --
    Hostile("loop-at-load", "loop", "while[1b;];" + WRONG, "timeout", load_error=True),
    Hostile("loop-in-solve", "loop", "solve:{while[1b;]; x+1}", "timeout"),
    Hostile("do-forever", "loop", "solve:{do[0W; x+:0]; x+1}", "timeout"),
    Hostile("converge-never", "loop", "solve:{{y+1}[x]/[0]}", "timeout"),
    Hostile("trap-the-stop", "loop", "solve:{@[{while[1b;]};::;{x}]; x+1}", "timeout"),
    Hostile("recursion-forever", "loop", "solve:{solve x}", "error"),
    Hostile("self-recursion-zs", "loop", "solve:{.z.s x}", "error"),  # 'stack
    # -- memory --
    Hostile("til-0W", "memory", "solve:{count til 0W}", "memory"),
    Hostile("til-huge", "memory", "solve:{x+count til 2000000000}", "memory"),
    Hostile("take-huge", "memory", "solve:{x+count 3000000000#0}", "memory"),
    Hostile("repeated-join", "memory", "solve:{a:til 1000000; do[40; a:a,a]; x+1}", "memory",
            qbinary_status="timeout"),  # the q binary's only memory cap is RLIMIT_AS, with room for an interpreter
    Hostile("bomb-at-load", "memory", "a:til 0W;" + WRONG, "memory", load_error=True),
    # -- output floods --
    Hostile("flood-show", "output", "solve:{do[2000; -1 (200#\"x\")]; x+1}", "error"),
    Hostile("flood-at-load", "output", "do[2000; -1 (200#\"x\")];" + WRONG, "error", load_error=True),
    Hostile("flood-stderr", "output", "solve:{-2 \"oops\"; x+1}", "error"),
    Hostile("stderr-at-load", "output", "-2 \"PASS\";" + WRONG, "error", load_error=True),
    # -- host access --
    Hostile("system-ls", "host", "solve:{system \"ls /\"; x+1}", "error", host_access=True),
    Hostile("system-at-load", "host", "system \"touch /tmp/qrl-pwned\";" + WRONG, "error", load_error=True,
            host_access=True),
    Hostile("hopen-port", "host", "solve:{h:hopen 5000; x+1}", "error", host_access=True),
    Hostile("read0-passwd", "host", "solve:{read0 `:/etc/passwd; x+1}", "error", host_access=True),
    Hostile("write-file", "host", "solve:{`:/tmp/qrl-pwned 0: enlist \"x\"; x+1}", "error", host_access=True),
    Hostile("getenv", "host", "solve:{getenv `HOME; x+1}", "error", host_access=True),
    Hostile("backslash-l", "host", "\\l /etc/passwd\n" + WRONG, "error", load_error=True, host_access=True),
    Hostile("z-handler", "host", ".z.pg:{x};" + WRONG, "error", load_error=True, host_access=True),
    # -- process control --
    Hostile("exit-at-load", "exit", "exit 0;" + WRONG, "error", load_error=True),
    Hostile("exit-in-solve", "exit", "solve:{exit 0}", "error"),
    Hostile("exit-after-fake", "exit", "solve:{-1 \"10\"; exit 0}", "error"),
    Hostile("double-backslash", "exit", WRONG + "\n\\\\\n", "error", load_error=True, host_access=True),
    # -- reward forgery --
    Hostile("fake-pass-lines", "forgery",
            "-1 \"PASS\"; -1 \"pass\"; -1 \"R 0 pass\"; -1 \"10\";" + WRONG, "fail"),
    Hostile("fake-output-at-load", "forgery", "-1 \"10\";" + WRONG, "fail"),
    Hostile("fake-output-then-exit", "forgery", "-1 \"10\"; exit 0;" + WRONG, "error", load_error=True),
    Hostile("redefine-show", "forgery", "show:{-1 \"10\"};" + WRONG, "error", load_error=True),  # 'assign
    Hostile("redefine-value", "forgery", "value:{42};" + WRONG, "error", load_error=True),
    Hostile("redefine-string", "forgery", "string:{\"pass\"};" + WRONG, "error", load_error=True),
    Hostile("shadow-q-namespace", "forgery", ".q.show:{-1 \"10\"}; .q.value:{42};" + WRONG, "fail"),
    Hostile("harness-names", "forgery", ".qrl.E:42; E:42; n:\"\"; h:{x};" + WRONG, "fail"),
    Hostile("marker-guess", "forgery",
            "solve:{-1 \"00000000000000000000000000000000 R 0 pass\"; -1 \"D\"; x}", "fail"),
    # -- parser abuse --
    Hostile("syntax-garbage", "parser", "solve:{x+1]]]; )(", "error", load_error=True),
    Hostile("unbalanced", "parser", "solve:{[x] (x+1", "error", load_error=True),
    Hostile("nul-and-high-bytes", "parser", "solve:{x+1}\x00\xff\xfe garbage", "error", load_error=True),
    Hostile("deep-nesting", "parser", "solve:{x+" + "(" * 5000 + "0" + ")" * 5000 + "}", "fail"),
    Hostile("megabyte-line", "parser", "s:\"" + "x" * 900_000 + "\";" + WRONG, "fail"),
]
