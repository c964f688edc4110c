"""The Interpreter API (eval, run_script, repl, format), script loading like `q script.q`, system commands,
the sandbox and the budgets (steps, seconds, memory, depth) that turn into 'stop 'wsfull 'stack.
"""
from __future__ import annotations

import io
import re
import sys
import time
from dataclasses import dataclass
from typing import TextIO

import numpy as np

from .errors import QError, QExit
from .funcs import _Return
from . import values as qv
from .values import IDENTITY
from . import format as qfmt

CURRENT = None          # the interpreter running now
_PARSED: dict = {}      # source text -> syntax tree (primitives reach stdout/globals through it)

sys.setrecursionlimit(max(sys.getrecursionlimit(), 25000))  # deep enough for max_depth 2000, shallow enough for the C stack


@dataclass
class Limits:
    max_steps: int | None = None
    max_seconds: float | None = None
    max_memory_bytes: int | None = None
    max_depth: int = 2000


_SAFE_SYSTEM = {"c", "P", "t", "ts", "d", "a", "b", "B"}

# Python errors that can only come from qlite's own code; anything else (a host's timer or output-limit
# exception raised inside a write or a signal handler) passes through untouched.
_INTERNAL = (TypeError, ValueError, LookupError, AttributeError, ArithmeticError, AssertionError, RuntimeError,
             NotImplementedError, UnicodeError, NameError, np.exceptions.AxisError if hasattr(np, "exceptions") else ValueError)


def split_statements(src: str):
    """Split script text into top-level statements: a line starting in column 0 begins a new one,
    indented lines (and lines starting with a closing bracket) continue it. Handles / and \\ comment blocks.
    Yields (kind, text) with kind 'q' or 'sys'."""
    lines = src.replace("\r\n", "\n").split("\n")
    out = []
    cur = None
    in_block = False
    for ln in lines:
        if in_block:
            if ln.rstrip() == "\\":
                in_block = False
            continue
        s = ln.rstrip()
        if s == "/":
            in_block = True
            continue
        if s == "\\":
            # a lone backslash ends the script
            if cur is not None:
                out.append(("q", cur))
                cur = None
            out.append(("end", ""))
            return out
        if not ln.strip():
            continue
        if ln[0] in " \t" or ln[0] in "})]":
            if ln.lstrip().startswith("/"):
                continue
            if cur is not None:
                cur += "\n" + ln
                continue
            if ln[0] in " \t" and not out:
                cur = ln.lstrip()     # an indented first line is a statement of its own
            continue
        if ln.startswith("/"):
            continue
        if cur is not None:
            out.append(("q", cur))
            cur = None
        if ln.startswith("\\"):
            out.append(("sys", ln[1:]))
            continue
        cur = ln
    if cur is not None:
        out.append(("q", cur))
    return out


class Interpreter:
    def __init__(self, sandbox: bool = False, limits: Limits | None = None,
                 stdout: TextIO | None = None, stderr: TextIO | None = None, args: list[str] | None = None):
        self.sandbox = sandbox
        self.limits = limits or Limits()
        self.stdout = stdout if stdout is not None else sys.stdout
        self.stderr = stderr if stderr is not None else sys.stderr
        self.args = list(args or [])
        self.globals: dict = {}
        self.console = (25, 80)
        self.precision = 7
        self.ctx = ""
        self.depth = 0
        self.max_depth = self.limits.max_depth
        self.steps = 0
        self.deadline = None
        self.budget_hit = False
        self._cache: dict = {}
        from . import builtins_q
        builtins_q.install(self)

    # ---- budgets ---------------------------------------------------------------------------------
    def tick(self):
        self.steps += 1
        lim = self.limits
        if lim.max_steps is not None and self.steps > lim.max_steps:
            self.budget_hit = True
            raise QError("stop")
        if self.deadline is not None and (self.steps & 255) == 0 and time.monotonic() > self.deadline:
            self.budget_hit = True
            raise QError("stop")

    def _begin(self):
        global CURRENT
        self._prev = CURRENT
        CURRENT = self
        self.steps = 0
        self.depth = 0
        self.budget_hit = False
        self.deadline = (time.monotonic() + self.limits.max_seconds) if self.limits.max_seconds else None
        qfmt.PRECISION[0] = self.precision

    def _end(self):
        global CURRENT
        CURRENT = self._prev

    # ---- globals ---------------------------------------------------------------------------------
    def get_global(self, name):
        try:
            v = self.globals[name]
            if v.__class__.__name__ == "View":
                return v.read()
            return v
        except KeyError:
            pass
        if name == ".":        # the root namespace, `. (ref/value: get`. `b)
            from .keywords.namespaces import namespace_value
            return namespace_value(self, ".")
        from .verbs import VERBS
        if name in VERBS:
            return VERBS[name]
        if name.startswith(".z."):
            return self._dotz(name)
        if name.startswith(".q.") and name[3:].isidentifier() and name[3:] in VERBS:
            return VERBS[name[3:]]     # .q holds the q keywords
        if name.startswith(".") and name[1:].replace(".", "_").isidentifier():
            # a namespace is a dictionary of its names (basics/namespaces)
            from .keywords import namespaces as ns
            if name == ".q":
                return ns.DOTQ
            if ns.is_namespace(self, name) or name in (".Q", ".h", ".j", ".o", ".m"):
                return ns.namespace_value(self, name)     # kdb+'s own ones: 'nyi
        if name[:3] in (".Q.", ".h.", ".j.", ".q.", ".o.", ".m.") or name.startswith(".Q") and len(name) == 2:
            # kdb+'s own namespaces: what qlite lacks there is not an undefined name
            raise QError("nyi")
        if "." in name and not name.startswith("."):
            # t.c is column c of the table (or key of the dict) t
            base, _, rest = name.partition(".")
            v = self.globals.get(base)
            if v is not None and v.t in (98, 99):
                from .funcs import index
                for part in rest.split("."):
                    v = index(v, qv.sym(part))
                return v
            if v is not None and (abs(v.t) in qv.TEMPORAL or v.t in (20, -20)):
                # d.year, t.minute: the temporal cast; s.name: the foreign key's column (qsql.accessor)
                from .qsql import accessor
                return accessor(rest, v)
        raise QError(name)

    def set_global(self, name, v):
        self.check_assign(name)
        self.globals[name] = v

    def check_assign(self, name):
        if name.startswith(".z.") and self.sandbox:
            raise QError("access")
        from .verbs import VERBS
        if name in VERBS and "." not in name:
            raise QError("assign")

    def _dotz(self, name):
        if name == ".z.x":
            return qv.List([qv.string(a) for a in self.args]) if self.args else qv.List([])
        if name == ".z.K":
            return qv.flt(4.1)
        if name == ".z.o":
            return qv.sym("l64")
        if name in (".z.p", ".z.P", ".z.d", ".z.D", ".z.t", ".z.T", ".z.n", ".z.N", ".z.z", ".z.Z"):
            from .keywords.dotq import z_value
            return z_value(name)
        raise QError("nyi")

    # ---- evaluation ------------------------------------------------------------------------------
    def _compile(self, text):
        key = (text, self.ctx)
        c = self._cache.get(key)
        if c is None:
            from .parser import parse
            from .evaluator import Compiler
            stmts = _PARSED.get(text)
            if stmts is None:
                # syntax trees are immutable: shared by every interpreter in the process
                stmts = parse(text)
                if len(_PARSED) > 8192:
                    _PARSED.clear()
                _PARSED[text] = stmts
            comp = Compiler(self, None, self.ctx)
            c = [(comp.c(s) if s is not None else None, _is_quiet(s)) for s in stmts]
            if len(self._cache) > 4096:
                self._cache.clear()
            self._cache[key] = c
        return c

    def _run_statement(self, text):
        """Run one top-level statement; returns (value, quiet)."""
        from .keywords.namespaces import view_definition
        view = view_definition(text)
        if view is not None:
            self._define_view(*view)
            return IDENTITY, True
        r, quiet = IDENTITY, True
        for c, q in self._compile(text):
            if c is None:
                r, quiet = IDENTITY, True
                continue
            r = c(None)
            quiet = q
        if text.rstrip().endswith(";"):
            quiet = True
        return r, quiet

    def _define_view(self, name, expr):
        """name::expr as a whole statement: a view of expr, computed when read (learn/views)."""
        from .evaluator import View
        from .keywords.namespaces import dependencies, view_text
        compiled = self._compile(expr)

        def run(fr):
            r = IDENTITY
            for c, _ in compiled:
                r = c(None) if c is not None else IDENTITY
            return r
        from .parser import parse
        deps = dependencies(_PARSED.get(expr) or parse(expr))
        qualify = (lambda n: n) if not self.ctx else (lambda n: n if n.startswith(".") else self.ctx + "." + n)
        full = qualify(name)
        self.check_assign(full)
        self.globals[full] = View(run, self.globals, deps, [qualify(d) for d in deps], view_text(expr))

    def _guard(self, fn, *a):
        """Run fn mapping host failures to q errors: nothing escapes as a Python traceback."""
        try:
            with np.errstate(all="ignore"):
                return fn(*a)
        except (QError, QExit):
            raise
        except RecursionError:
            raise QError("stack")
        except MemoryError:
            raise QError("wsfull")
        except _INTERNAL + (_Return,):
            # a case qlite does not handle exactly (a `:x` return outside any lambda among them):
            # never a traceback, never a guess
            raise QError("nyi")

    def eval_text(self, text):
        """`value "..."` / eval from inside q: run statements, return the last value."""
        r = IDENTITY
        for kind, st in split_statements(text):
            if kind == "q":
                r, _ = self._run_statement(st)
            elif kind == "sys":
                r = self._system(st)
        return r

    def eval(self, src: str):
        self._begin()
        try:
            return self._guard(self.eval_text, src)
        finally:
            self._end()

    def repl(self, src: str) -> str:
        """What the q console prints for one input line."""
        self._begin()
        real_out = self.stdout
        buf = io.StringIO()
        self.stdout = buf
        try:
            def run():
                out = []
                for kind, st in split_statements(src):
                    if kind == "sys":
                        r = self._system(st)
                        if r is not None and r is not IDENTITY:
                            out.append(qfmt.show_text(r, self))
                        continue
                    if kind == "end":
                        break
                    r, quiet = self._run_statement(st)
                    if not quiet and r is not IDENTITY:
                        out.append(qfmt.show_text(r, self))
                return "\n".join(out)
            echo = self._guard(run)
            printed = buf.getvalue()
            if printed and echo:
                return printed + echo
            return (printed[:-1] if printed.endswith("\n") else printed) if not echo else echo
        except QError as e:
            printed = buf.getvalue()
            return printed + "'" + e.name
        finally:
            self.stdout = real_out
            self._end()

    def run_script(self, src: str, name: str = "script.q") -> None:
        """Load a script like `q script.q`: nothing echoed; an error prints to stderr and stops the load."""
        self._begin()
        try:
            for kind, st in split_statements(src):
                if kind == "end":
                    break
                try:
                    if kind == "sys":
                        self._guard(self._system, st)
                    else:
                        self._guard(self._run_statement, st)
                    self.steps_reset()
                except QError as e:
                    self.stderr.write("'" + e.name + "\n")
                    try:
                        self.stdout.flush()
                    except Exception:
                        pass
                    return
        finally:
            self._end()

    def steps_reset(self):
        self.steps = 0
        self.depth = 0
        if self.limits.max_seconds:
            pass

    def format(self, value) -> str:
        self._begin()
        try:
            return self._guard(qfmt.show_text, value, self)
        finally:
            self._end()

    # ---- system commands ---------------------------------------------------------------------------
    def _system(self, cmd: str):
        cmd = cmd.strip()
        if cmd == "\\":
            raise QExit(0)      # \\ quits q, in a script too, like exit 0 (basics/syscmds; ref/BackSlash)
        m = re.search(r"\s/(\s|$)", cmd)      # a trailing comment, not a path like /tmp/x.q
        if m:
            cmd = cmd[:m.start()].rstrip()
        name, _, rest = cmd.partition(" ")
        rest = rest.strip()
        reps = 1
        if name.startswith(("t:", "ts:")):
            # \t:n expr runs expr n times
            name, _, n = name.partition(":")
            try:
                reps = int(n)
            except ValueError:
                raise QError("nyi")
        if name not in _SAFE_SYSTEM:
            if self.sandbox:
                raise QError("access")
            if name == "l" and rest:
                # \l file.q loads a script (outside the sandbox)
                try:
                    with open(rest, encoding="utf-8", errors="surrogateescape") as fh:
                        text = fh.read()
                except OSError:
                    raise QError(rest)
                self.eval_text(text)
                return None
            raise QError("nyi")
        if name == "c":
            if not rest:
                return qv.mkvec(7, list(self.console))
            parts = rest.split()
            r, c = int(parts[0]), int(parts[1])
            self.console = (max(10, min(r, 2000)), max(10, min(c, 2000)))
            return None
        if name == "P":
            if not rest:
                return qv.atom(6, self.precision)
            p = int(rest)
            if not 0 <= p <= 17:
                raise QError("domain")
            self.precision = p
            qfmt.PRECISION[0] = p
            return None
        if name in ("a", "b", "B"):
            # \a tables, \b views, \B views pending (basics/syscmds), in the current namespace or `rest`
            from .keywords import namespaces as ns
            arg = qv.sym(rest) if rest else IDENTITY
            return (ns.tables if name == "a" else ns.views if name == "b" else ns.pending_views)(arg)
        if name == "d":
            if not rest:
                return qv.sym(self.ctx or ".")
            self.ctx = "" if rest == "." else rest
            return None
        if name in ("t", "ts"):
            if not rest:
                raise QError("nyi")
            t0 = time.perf_counter()
            for _ in range(reps):
                r, _ = self._run_statement(rest)
            ms = int((time.perf_counter() - t0) * 1000)
            if name == "t":
                return qv.long(ms)
            return qv.mkvec(7, [ms, 0])
        raise QError("nyi")


def _is_quiet(node):
    """Assignments print nothing at the console."""
    from . import parser as P
    return isinstance(node, (P.Assign, P.MultiAssign, P.MatchAssign)) or node is None
