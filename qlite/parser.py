"""Parser: tokens -> syntax tree. q reads right to left: a noun followed by a verb takes the whole
expression on the verb's right as its right argument; juxtaposed nouns apply the left to the right.

Nodes are small slotted dataclasses consumed by evaluator.compile.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .errors import QError
from .tokenizer import tokenize
from . import verbs as qverbs


@dataclass(slots=True, eq=False)
class Node:
    pass


@dataclass(slots=True, eq=False)
class Const(Node):
    v: Any


@dataclass(slots=True, eq=False)
class Name(Node):
    name: Any


@dataclass(slots=True, eq=False)
class VerbRef(Node):
    """A glyph verb or keyword in verb position (`+`, `#:`, `mod`)."""
    name: Any


@dataclass(slots=True, eq=False)
class Apply(Node):
    """f[a;b;...]; an arg of None is elided (projection)."""
    f: Any
    args: Any


@dataclass(slots=True, eq=False)
class Juxt(Node):
    """f x (monadic application / indexing by juxtaposition)."""
    f: Any
    x: Any


@dataclass(slots=True, eq=False)
class Dyad(Node):
    verb: Any
    left: Any
    right: Any


@dataclass(slots=True, eq=False)
class Adverb(Node):
    adv: Any
    f: Any


@dataclass(slots=True, eq=False)
class Lambda(Node):
    params: Any
    body: Any
    src: Any


@dataclass(slots=True, eq=False)
class ListExpr(Node):
    items: Any


@dataclass(slots=True, eq=False)
class TableExpr(Node):
    keys: Any
    cols: Any


@dataclass(slots=True, eq=False)
class Assign(Node):
    """name[:|::] value, name[idx]:value, name op: value."""
    name: Any
    idx: Any
    op: Any
    value: Any
    glob: Any


@dataclass(slots=True, eq=False)
class MultiAssign(Node):
    names: Any
    value: Any


@dataclass(slots=True, eq=False)
class MatchAssign(Node):
    """(1 2):x: the value must match the constant pattern, else 'match (basics/pattern)."""
    pattern: Any
    value: Any


@dataclass(slots=True, eq=False)
class Cond(Node):
    args: Any


@dataclass(slots=True, eq=False)
class Control(Node):
    """if / do / while."""
    kind: Any
    args: Any


@dataclass(slots=True, eq=False)
class Return(Node):
    x: Any


@dataclass(slots=True, eq=False)
class Signal(Node):
    x: Any


@dataclass(slots=True, eq=False)
class Nyi(Node):
    """Syntax qlite parses but does not implement (qSQL templates): 'nyi when evaluated."""
    what: Any


@dataclass(slots=True, eq=False)
class Compose(Node):
    """`count each group@`: an expression ending in a verb without its right argument composes."""
    parts: Any


@dataclass(slots=True, eq=False)
class Seq(Node):
    """Statements separated by ';' (value of the last)."""
    stmts: Any


_TERM = {";", ")", "]", "}", "\n"}
_PREFIX_DISABLED = set("+-*%!&|<>=~,^#_$?@.")


class Parser:
    def __init__(self, src):
        self.src = src
        self.toks = tokenize(src)
        self.i = 0

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, v):
        t = self.peek()
        if t is None or t.k != "punct" or t.v != v:
            raise QError(v if t is None else str(t.v))
        self.i += 1

    # statements ------------------------------------------------------------------------------------
    def parse_program(self):
        """Top level: statements split by ';' and newlines -> list of nodes (None for empty)."""
        stmts = []
        while True:
            e = self.parse_expr()
            stmts.append(e)
            t = self.peek()
            if t is None:
                break
            if t.k == "punct" and t.v in (";", "\n"):
                self.i += 1
                continue
            raise QError(str(t.v))
        return stmts

    def parse_list(self, close):
        """Items separated by ';' up to the closing bracket."""
        out = []
        while True:
            t = self.peek()
            if t is not None and t.k == "punct" and t.v == "\n":
                self.i += 1
                continue
            out.append(self.parse_expr())
            t = self.peek()
            if t is None:
                raise QError(close)
            if t.k == "punct" and t.v == ";":
                self.i += 1
                continue
            if t.k == "punct" and t.v == close:
                self.i += 1
                return out
            raise QError(str(t.v))

    # expressions -----------------------------------------------------------------------------------
    def parse_expr(self):
        items = []   # (is_verb, node)
        while True:
            t = self.peek()
            if t is None or (t.k == "punct" and t.v in _TERM):
                break
            if t.k == "punct" and t.v == "\n":
                break
            node, is_verb, done = self.parse_term(items)
            if done:
                items.append((False, node))
                break
            if node is None:
                continue
            items.append((is_verb, node))
        if not items:
            return None
        if len(items) > 2 and items[-1][0] and not items[-2][0] and not isinstance(items[-1][1], Adverb):
            return self.compose(items)
        if len(items) > 2 and items[-1][0] and items[-2][0] and not items[-3][0] \
                and isinstance(items[-1][1], VerbRef) and isinstance(items[-2][1], VerbRef):
            # (0|+): a projection followed by a verb composes
            return Compose([self.fold(items[:-1], 0), items[-1][1]])
        return self.fold(items, 0)

    def compose(self, items):
        """f g x v (v without a right argument) is the composition '[f;g;x v] (ref/compose)."""
        if len(items) >= 2 and items[-1][0] and not items[-2][0]:
            last = Apply(items[-1][1], [items[-2][1], None])
            rest = items[:-2]
        else:
            last = items[-1][1]
            rest = items[:-1]
        if not rest:
            return last
        head = self.compose(rest)
        parts = head.parts if isinstance(head, Compose) else [head]
        return Compose(parts + [last])

    def fold(self, items, i):
        is_verb, node = items[i]
        n = len(items)
        if i == n - 1:
            return node
        if not is_verb:
            nv, nn = items[i + 1]
            if nv:
                if i + 2 == n:
                    return Apply(nn, [node, None])     # `2+` projects
                if isinstance(nn, Adverb) and isinstance(node, Name) and node.name in qverbs.VERBS:
                    # max f\x: a keyword is a function, never the left argument of the derived verb
                    return Juxt(node, self.fold(items, i + 1))
                return Dyad(nn, node, self.fold(items, i + 2))
            return Juxt(node, self.fold(items, i + 1))
        if isinstance(node, VerbRef) and node.name in _PREFIX_DISABLED:
            # q disables the unary forms of glyphs applied by prefix: $42 is '$ (basics/parsetrees)
            name = node.name if node.name != "-" else "nyi"
            from .values import string
            return Signal(Const(string(name)))
        return Juxt(node, self.fold(items, i + 1))

    def parse_term(self, items):
        """One term with its postfix brackets and adverbs. Returns (node, is_verb, consumed_rest)."""
        t = self.next()
        k = t.k
        is_verb = False
        if k in ("num", "str", "sym"):
            node = Const(t.v)
        elif k == "name":
            name = t.v
            nt = self.peek()
            if name in ("select", "exec", "update", "delete"):
                from .qsql import parse_template
                return parse_template(self, name), False, True
            if name in ("if", "do", "while") and nt is not None and nt.k == "punct" and nt.v == "[":
                self.i += 1
                return Control(name, self.parse_list("]")), False, False
            if name in ("select", "exec", "update", "delete"):
                # the table expression after `from` still runs first (its assignments happen in kdb+ too)
                src_node = self._skip_to_from()
                return Nyi(src_node), False, True
            if qverbs.is_infix(name):
                node = VerbRef(name)
                is_verb = True
            else:
                node = Name(name)
        elif k == "op":
            g = t.v
            if g == ":" and self.peek() is not None and self.peek().k == "adv" and not self.peek().ws:
                node = VerbRef(":")
                is_verb = True
            elif g == ":":
                if not items:
                    # :x return (inside a lambda) / `:` alone
                    rest = self.parse_expr()
                    if rest is None:
                        return VerbRef(":"), True, False
                    return Return(rest), False, True
                node = VerbRef(":")
                is_verb = True
            elif g == "::":
                nt = self.peek()
                if items and not items[-1][0] and (nt is None or nt.k == "punct" and nt.v in _TERM):
                    return None, False, False   # x :: applies the identity postfix: x (ref/identity)
                node = Const(None)   # identity / generic null, compiled specially
            elif g == "$" and self._at("[") and not t.ws is None:
                self.i += 1
                args = self.parse_list("]")
                if len(args) >= 3:
                    node = Cond(args)
                else:
                    node = Apply(VerbRef("$"), args)
                return self._postfix(node, False, items)
            else:
                node = VerbRef(g)
                is_verb = True
        elif k == "adv":
            if self._at("[") and not self.peek().ws:
                # '[f;g] composes; /[+] is +/ (an iterator applied with brackets, basics/application)
                self.i += 1
                args = self.parse_list("]")
                return self._postfix(Apply(VerbRef(t.v), args), False, items)
            nt = self.peek()
            if t.v != "'" and (nt is None or nt.k == "punct" and nt.v in (";", ")", "]")):
                return VerbRef(t.v), False, False   # (/;+): an iterator as an item (basics/parsetrees)
            if t.v == "'" and (not items or items[-1][0]):
                # signal: ' at the start of an expression (or after a verb)
                rest = self.parse_expr()
                if rest is None:
                    raise QError("'")
                return Signal(rest), False, True
            raise QError(t.v)
        elif k == "punct":
            if t.v == "(":
                node = self.parse_paren()
            elif t.v == "{":
                node = self.parse_lambda(t.pos)
            elif t.v == "[":
                # a block [a;b;c]: evaluate in order, value of the last
                args = self.parse_list("]")
                node = Seq(args)
            else:
                raise QError(t.v)
        else:
            raise QError(str(t.v))
        return self._postfix(node, is_verb, items)

    def _skip_to_from(self):
        depth = 0
        while self.i < len(self.toks):
            t = self.toks[self.i]
            if t.k == "punct":
                if t.v in "([{":
                    depth += 1
                elif t.v in ")]}":
                    if depth == 0:
                        return None
                    depth -= 1
                elif t.v == ";" and depth == 0:
                    return None
            elif t.k == "name" and t.v == "from" and depth == 0:
                self.i += 1
                return self.parse_expr()
            self.i += 1
        return None

    def _skip_expr(self):
        depth = 0
        while self.i < len(self.toks):
            t = self.toks[self.i]
            if t.k == "punct":
                if t.v in "([{":
                    depth += 1
                elif t.v in ")]}":
                    if depth == 0:
                        return
                    depth -= 1
                elif t.v == ";" and depth == 0:
                    return
            self.i += 1

    def _at(self, v):
        t = self.peek()
        return t is not None and t.k == "punct" and t.v == v

    def _postfix(self, node, is_verb, items):
        while True:
            t = self.peek()
            if t is None:
                break
            if t.k == "punct" and t.v == "[":
                self.i += 1
                args = self.parse_list("]")
                node = Apply(node, args)
                is_verb = False
                continue
            if t.k == "adv":
                self.i += 1
                node = Adverb(t.v, node)
                is_verb = True
                continue
            break
        # assignment
        t = self.peek()
        if t is not None and t.k == "op" and (t.v in (":", "::") or (t.v.endswith(":") and len(t.v) >= 2)):
            target = node
            idx = None
            if isinstance(target, Apply) and isinstance(target.f, Name):
                idx = target.args
                target = target.f
            if isinstance(target, Name):
                self.i += 1
                op = None
                glob = t.v == "::"
                if t.v not in (":", "::"):
                    op = t.v[:-1]
                    nt = self.peek()
                    # x,:y  x+:y ; also `x+::y` is not q
                rhs = self.parse_expr()
                if rhs is None:
                    if op is not None:
                        raise QError("nyi")
                    raise QError(":")
                return Assign(target.name, idx, op, rhs, glob), False, True
            if isinstance(target, ListExpr) and t.v == ":" and all(isinstance(x, Name) for x in target.items):
                self.i += 1
                rhs = self.parse_expr()
                return MultiAssign([x.name for x in target.items], rhs), False, True
            if t.v == ":" and not is_verb and isinstance(target, Const) and (not items or items[-1][0]) \
                    and 0 <= abs(getattr(target.v, "t", 100)) < 20 and self.i > 0 \
                    and self.toks[self.i - 1].k == "punct" and self.toks[self.i - 1].v == ")":
                self.i += 1
                rhs = self.parse_expr()
                if rhs is None:
                    raise QError("nyi")
                return MatchAssign(target, rhs), False, True
            if t.v == ":" and not is_verb and isinstance(target, Return) and isinstance(target.x, Const) \
                    and getattr(target.x.v, "t", 0) == -11 and len(target.x.v.v) == 1 \
                    and target.x.v.v.lower() in "bgxhijefcspmdznuvt" and (not items or items[-1][0]) \
                    and self.toks[self.i - 1].k == "punct" and self.toks[self.i - 1].v == ")":
                self.i += 1      # (:`f):x checks x's type (basics/pattern)
                rhs = self.parse_expr()
                if rhs is None:
                    raise QError("nyi")
                return MatchAssign(target, rhs), False, True
            if t.v == ":" and not is_verb:
                # `x : y` where x is not a name: q's `:` as a verb (rare); not supported
                if isinstance(target, (Name, Apply)) or not items or items[-1][0]:
                    raise QError("nyi")
        return node, is_verb, False

    def parse_paren(self):
        if self._at("["):
            return self.parse_table()
        if self._at(")"):
            self.i += 1
            return ListExpr([])
        items = self.parse_list(")")
        if len(items) == 1:
            if items[0] is None:
                return ListExpr([])
            return items[0]
        return ListExpr(items)

    def parse_table(self):
        self.expect("[")
        keys = self._coldefs("]")
        cols = self._coldefs(")")
        if keys and not cols:
            return TableExpr(keys, None)   # ([a:1;b:2]) is a dictionary (kdb+ 4.1)
        return TableExpr(keys, cols)

    def _coldefs(self, close):
        out = []
        if self._at(close):
            self.i += 1
            return out
        for e in self.parse_list(close):
            if e is None:
                continue
            if isinstance(e, Assign) and e.idx is None and e.op is None:
                out.append((e.name, e.value))
            elif isinstance(e, Name):
                out.append((e.name.split(".")[-1], e))
            else:
                out.append((None, e))
        return out

    def parse_lambda(self, start):
        params = None
        if self._at("["):
            self.i += 1
            params = []
            if self._at("]"):
                self.i += 1
            else:
                while True:
                    t = self.next()
                    if t.k == "name":
                        params.append(t.v)
                    elif not (t.k == "punct" and t.v == ";"):
                        if t.k == "punct" and t.v == "]":
                            break
                        raise QError(str(t.v))
                    if t.k == "punct" and t.v == "]":
                        break
                    if self._at("]"):
                        self.i += 1
                        break
            if len(params) > 8:
                raise QError("params")
        body = []
        while True:
            e = self.parse_expr()
            body.append(e)
            t = self.peek()
            if t is None:
                raise QError("}")
            if t.k == "punct" and t.v == ";":
                self.i += 1
                continue
            if t.k == "punct" and t.v == "}":
                end = t.pos
                self.i += 1
                break
            raise QError(str(t.v))
        # newlines before '}' are layout, not an empty last statement
        while len(body) > 1 and body[-1] is None and self._nl_before(end):
            body.pop()
            break
        src = self.src[start:end + 1]
        return Lambda(params, body, src)

    def _nl_before(self, end):
        j = end - 1
        while j >= 0 and self.src[j] in " \t\r":
            j -= 1
        return j >= 0 and self.src[j] == "\n"


def parse(src: str):
    """Parse q source (one chunk of statements) -> list of statement nodes."""
    return Parser(src).parse_program()
