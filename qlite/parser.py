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


# patterns (basics/pattern): the left side of `(p):v`, a lambda parameter, a pattern of :[v;p1;r1;...;rd]
@dataclass(slots=True, eq=False)
class PNull(Node):
    """An elided item: matches anything, binds nothing."""


@dataclass(slots=True, eq=False)
class PConst(Node):
    """A constant: the value must match it (~), else 'match."""
    v: Any


@dataclass(slots=True, eq=False)
class PName(Node):
    """A name: set to the matched value."""
    name: Any


@dataclass(slots=True, eq=False)
class PList(Node):
    """(p1;p2;...): a list (or table) of as many items, each matched in turn."""
    items: Any


@dataclass(slots=True, eq=False)
class PDict(Node):
    """(1 2!(p1;p2)) or ([k1:p1;k2:p2]): the values at these keys of a dictionary, a missing key is 'match."""
    keys: Any
    items: Any


@dataclass(slots=True, eq=False)
class PTable(Node):
    """([k:p]c:q): columns of a table (key columns of a keyed table) by name, like PDict."""
    keys: Any
    cols: Any


@dataclass(slots=True, eq=False)
class PBang(Node):
    """(p!q): the key and the value of a dictionary."""
    key: Any
    value: Any


@dataclass(slots=True, eq=False)
class PFlip(Node):
    """(flip p): a table matched as its column dictionary."""
    pat: Any


@dataclass(slots=True, eq=False)
class PType(Node):
    """p:`c: an atom of type c (a vector of type C), else 'type; then p."""
    pat: Any
    t: Any


@dataclass(slots=True, eq=False)
class PFilter(Node):
    """p:f: f applied to the value, the result matched to p."""
    pat: Any
    f: Any


@dataclass(slots=True, eq=False)
class MatchCond(Node):
    """:[v;p1;r1;p2;r2;...;rd]: the r of the first pattern v matches, else rd (basics/pattern)."""
    value: Any
    pats: Any
    results: Any
    default: Any


@dataclass(slots=True, eq=False)
class Elided(Node):
    """`one:` with no value in ([one:;four:d]): only a pattern gives it a meaning."""


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
        last = items[-1][1]
        if len(items) > 2 and items[-1][0] and not items[-2][0] and \
                (not isinstance(last, Adverb) or isinstance(last.f, VerbRef)):
            # sum{x*x}@(cos;sin)@\: composes too: a glyph's derived verb without its right argument
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
                if not items and self._at("[") and not self.peek().ws:
                    cond = self._match_cond()
                    if cond is not None:
                        return self._postfix(cond, False, items)
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
            if nt is None or nt.k == "punct" and nt.v in (";", ")", "]"):
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

    def _match_cond(self):
        """:[v;p1;r1;...;rd] (basics/pattern); None (nothing read) when the brackets hold another count."""
        start = self.i
        self.i += 1
        args = self.parse_list("]")
        if len(args) < 4 or len(args) % 2:
            self.i = start
            return None
        pats = [to_pattern(a) for a in args[1:-1:2]]
        if args[0] is None or any(p is None for p in pats) or any(a is None for a in args[2::2]):
            raise QError("nyi")
        return MatchCond(args[0], pats, args[2:-1:2], args[-1])

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
            if isinstance(target, VerbRef) and target.name[:1].isalpha() and t.v in (":", "::") and not items:
                target = Name(target.name)   # mod:3 assigns an infix keyword: 'assign as sum:3 is, not mod[3]
            if isinstance(target, Apply) and isinstance(target.f, Name):
                idx = target.args
                target = target.f
            elif isinstance(target, Juxt) and isinstance(target.f, Name) and target.f.name not in qverbs.VERBS \
                    and t.v == ":" and (not items or items[-1][0]):
                # (x i):y, a name with an index by juxtaposition, is x[i]:y (basics/pattern, ref/fill)
                idx = [target.x]
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
            if t.v == ":" and not is_verb and (not items or items[-1][0]) and self.i > 0 \
                    and self.toks[self.i - 1].k == "punct" and self.toks[self.i - 1].v == ")":
                pat = to_pattern(target)      # (1 2):x, (b;c;3):x, (:`f):x, ([k:d]):x ... (basics/pattern)
                if pat is not None:
                    self.i += 1
                    rhs = self.parse_expr()
                    if rhs is None:
                        raise QError("nyi")
                    return MatchAssign(pat, rhs), False, True
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
        for e in self._coldef_list(close):
            if e is None:
                continue
            if isinstance(e, Assign) and e.idx is None and e.op is None:
                out.append((e.name, e.value))
            elif isinstance(e, Name):
                out.append((e.name.split(".")[-1], e))
            else:
                out.append((None, e))
        return out

    def _coldef_list(self, close):
        """parse_list, where `one:` with no value (([one:;four:d]) as a pattern) is an Elided column."""
        out = []
        while True:
            t = self.peek()
            if t is not None and t.k == "punct" and t.v == "\n":
                self.i += 1
                continue
            nxt = self.toks[self.i + 1:self.i + 3]
            if t is not None and t.k == "name" and len(nxt) == 2 and nxt[0].k == "op" and nxt[0].v == ":" \
                    and nxt[1].k == "punct" and nxt[1].v in (";", close):
                self.i += 2
                out.append(Assign(t.v, None, None, Elided(), False))
            else:
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

    def parse_lambda(self, start):
        params = None
        if self._at("["):
            self.i += 1
            params = []
            if self._at("]"):
                self.i += 1
            else:
                # a parameter is a name, elided (an unused argument) or a pattern (basics/pattern)
                for e in self.parse_list("]"):
                    if isinstance(e, Name):
                        params.append(e.name)
                    elif e is None:
                        params.append(None)
                    else:
                        pat = to_pattern(e)
                        if pat is None:
                            raise QError("nyi")
                        params.append(pat)
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


_TYPE_CHARS = "bgxhijefcspmdznuvt"


def _type_char(n):
    """The c of a type check p:`c, or None."""
    v = n.v if isinstance(n, Const) else None
    if v is not None and v.t == -11 and len(v.v) == 1 and v.v.lower() in _TYPE_CHARS:
        return v.v
    return None


def _checked(pat, rhs):
    """p:rhs inside a pattern: a type check when rhs is `c, else a filter function."""
    if pat is None or rhs is None:
        return None
    c = _type_char(rhs)
    if c is not None:
        return PType(pat, c)
    if isinstance(rhs, (Const, Elided)):
        return None
    return PFilter(pat, rhs)


def _pdict(defs):
    from .values import syms
    if not defs or any(name is None for name, _ in defs):
        return None
    pats = [to_pattern(e) for _, e in defs]
    return None if any(p is None for p in pats) else PDict(syms([name for name, _ in defs]), pats)


def to_pattern(n):
    """The pattern a parsed expression stands for (basics/pattern); None for one qlite does not know."""
    if n is None or isinstance(n, Elided):
        return PNull()
    if isinstance(n, (PNull, PConst, PName, PList, PDict, PTable, PBang, PFlip, PType, PFilter)):
        return n
    if isinstance(n, Const):
        return PConst(n.v) if n.v is not None and 0 <= abs(getattr(n.v, "t", 100)) < 20 else None
    if isinstance(n, Name):
        return PName(n.name)
    if isinstance(n, ListExpr):
        pats = [to_pattern(e) for e in n.items]
        return PList(pats) if pats and all(p is not None for p in pats) else None
    if isinstance(n, MultiAssign):
        return _checked(PList([PName(x) for x in n.names]), n.value)
    if isinstance(n, Assign):
        if n.idx is not None or n.op is not None or n.glob:
            return None
        return _checked(PName(n.name), n.value)
    if isinstance(n, MatchAssign):
        return _checked(n.pattern, n.value)
    if isinstance(n, Return):
        return _checked(PNull(), n.x)
    if isinstance(n, TableExpr):
        if n.cols is None:
            return _pdict(n.keys)
        keys = _pdict(n.keys) if n.keys else None
        cols = _pdict(n.cols)
        return None if cols is None or n.keys and keys is None else PTable(keys, cols)
    if isinstance(n, Dyad) and isinstance(n.verb, VerbRef) and n.verb.name == "!":
        if isinstance(n.left, Const):
            # constant keys: the values at those keys, one pattern each
            k = n.left.v
            if k is None or not 0 < k.t < 20 or not isinstance(n.right, ListExpr) or len(n.right.items) != len(k.v):
                return None
            pats = [to_pattern(e) for e in n.right.items]
            return None if any(p is None for p in pats) else PDict(k, pats)
        key, value = to_pattern(n.left), to_pattern(n.right)
        return None if key is None or value is None else PBang(key, value)
    if isinstance(n, Apply) and isinstance(n.f, VerbRef) and n.f.name == "!" and len(n.args) == 2 \
            and n.args[0] is not None and n.args[1] is None:
        key = to_pattern(n.args[0])
        return None if key is None else PBang(key, PNull())
    if isinstance(n, Juxt) and isinstance(n.f, Name) and n.f.name == "flip":
        pat = to_pattern(n.x)
        return None if pat is None else PFlip(pat)
    return None


def parse(src: str):
    """Parse q source (one chunk of statements) -> list of statement nodes."""
    return Parser(src).parse_program()
