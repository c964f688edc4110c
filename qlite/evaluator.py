"""Evaluator: compiles the syntax tree into Python closures `f(frame) -> value` once, then runs them.

A frame is the dict of a lambda call's locals (None at top level). Right-hand sides are evaluated first
(q evaluates right to left). Names are resolved at compile time to local or global lookups.
"""
from __future__ import annotations

import numpy as np

from .errors import QError
from . import values as qv
from .values import Atom, Vec, List, Dict, Table, IDENTITY
from . import parser as P
from .funcs import Fn, Prim, Lam, Proj, Derived, Comp, apply, apply1, apply2, _Return, index
from .verbs import VERBS, truthy


_GLYPHS = set("+-*%!&|<>=~,^#_$?@.") | {"<=", ">=", "<>"}


class View:
    """A view (name::expr at top level, learn/views): computed when read, and kept until a global its
    expression names (a dependency) is assigned again. Without known dependencies it is computed on
    every read. Not a q value: `. `v shows its text, value `. `v takes it apart (keywords/namespaces.py)."""
    __slots__ = ("f", "busy", "globals", "deps", "full_deps", "src", "cache", "seen")
    t = None

    def __init__(self, f, globals_=None, deps=None, full_deps=None, src=None):
        self.f = f
        self.busy = False
        self.globals = globals_
        self.deps = deps                # names as written, for value`. `v
        self.full_deps = full_deps      # the same names qualified by the namespace they were defined in
        self.src = src
        self.cache = None
        self.seen = ()                  # (name, the value it held) when the cache was computed

    def stale(self, depth=0):
        if self.full_deps is None or depth > 100:
            return True
        g = self.globals
        for name, held in self.seen:
            cur = g.get(name)
            if cur.__class__ is View:
                if cur is not self and (cur.cache is not held or cur.stale(depth + 1)):
                    return True
            elif cur is not held:       # assignment makes a new value (in-place amends skip shared ones)
                return True
        return False

    def read(self):
        if self.cache is not None and not self.stale():
            return self.cache
        if self.busy:
            raise QError("loop")     # v::$[b;1;v+1]: a view that needs itself
        self.busy = True
        try:
            v = self.f(None)
        finally:
            self.busy = False
        if self.full_deps is not None:
            g = self.globals
            self.seen = [(n, g[n].cache if g.get(n).__class__ is View else g.get(n)) for n in self.full_deps]
            self.cache = v
        return v


def _internal(x):
    """-n! : the left argument of an internal function."""
    return x is not None and x.t in (-7, -6, -5) and int(x.v) < 0


def _walk_locals(stmts):
    """Names assigned with `:` in a lambda body (not nested lambdas), and implicit params used."""
    assigned = []
    used = set()
    glob = set()          # names assigned with `::` so far

    def walk(n):
        if n is None:
            return
        if isinstance(n, P.Lambda):
            return
        if isinstance(n, P.Name):
            if n.name in ("x", "y", "z"):
                used.add(n.name)
            return
        if isinstance(n, P.Assign):
            if n.glob and n.idx is None and n.op is None and "." not in n.name:
                glob.add(n.name)
            elif not n.glob and n.idx is None and n.op is None and n.name in glob and n.name not in assigned:
                raise QError(n.name)     # {a::1;a:1}: global then local is a compile error in kdb+
            if not n.glob and n.idx is None and n.op is None or (not n.glob and n.op is not None and n.idx is None) \
                    or (not n.glob and n.idx is not None):
                if n.idx is None and "." not in n.name:
                    if n.name not in assigned:
                        assigned.append(n.name)
            if n.name in ("x", "y", "z"):
                used.add(n.name)
            if n.idx:
                for a in n.idx:
                    walk(a)
            walk(n.value)
            return
        if isinstance(n, P.MultiAssign):
            for nm in n.names:
                if nm not in assigned:
                    assigned.append(nm)
            walk(n.value)
            return
        if isinstance(n, P.PName):
            # a name in a pattern (basics/pattern) is set like name:value
            if "." not in n.name and n.name not in assigned:
                assigned.append(n.name)
            return
        for slot in n.__slots__:
            v = getattr(n, slot)
            if isinstance(v, P.Node):
                walk(v)
            elif isinstance(v, list):
                for e in v:
                    if isinstance(e, P.Node):
                        walk(e)
                    elif isinstance(e, tuple):
                        for ee in e:
                            if isinstance(ee, P.Node):
                                walk(ee)
    for s in stmts:
        walk(s)
    return assigned, used


# Lambda node -> (params, local names): syntax trees are cached per source text and never change,
# so every fresh interpreter compiling the same solution reuses the walk
_LAMBDA_SCOPES: dict = {}


class Compiler:
    def __init__(self, interp, scope=None, ctx=""):
        self.ip = interp
        self.scope = scope      # set of local names, or None at top level
        self.ctx = ctx

    # names ------------------------------------------------------------------------------------------
    def gname(self, name):
        if self.ctx and not name.startswith("."):
            return self.ctx + "." + name
        return name

    def c_name(self, name):
        if name == ".z.s" and self.scope is not None:
            return lambda fr: fr[".z.s"]
        if self.scope is not None and name in self.scope:
            def local(fr, name=name):
                try:
                    return fr[name]
                except KeyError:
                    # a local not yet assigned is () (basics/function-notation: local t is ())
                    return List([])
            return local
        if name in VERBS:
            v = VERBS[name]
            return lambda fr: v
        g = self.ip.globals
        full = self.gname(name)
        ip = self.ip

        def glob(fr):
            try:
                v = g[full]
            except KeyError:
                return ip.get_global(full)
            if v.__class__ is View:
                return v.read()
            return v
        return glob

    # expressions ------------------------------------------------------------------------------------
    def c(self, n):
        m = getattr(self, "c_" + type(n).__name__)
        return m(n)

    def c_Const(self, n):
        v = n.v if n.v is not None else IDENTITY
        return lambda fr: v

    def c_Name(self, n):
        return self.c_name(n.name)

    def c_VerbRef(self, n):
        v = VERBS.get(n.name)
        if v is None:
            raise QError("nyi")
        return lambda fr: v

    def c_Seq(self, n):
        cs = [self.c(s) if s is not None else None for s in n.stmts]

        def run(fr):
            r = IDENTITY
            for c in cs:
                r = c(fr) if c is not None else IDENTITY
            return r
        return run

    def c_Juxt(self, n):
        cf = self.c(n.f)
        cx = self.c(n.x)

        def juxt(fr):
            x = cx(fr)
            f = cf(fr)
            if isinstance(f, Prim) and f.monad is not None:
                return f.monad(x)
            return apply(f, [x])
        return juxt

    def c_Dyad(self, n):
        cl = self.c(n.left)
        cr = self.c(n.right)
        vn = n.verb
        if isinstance(vn, P.VerbRef):
            v = VERBS.get(vn.name)
            if v is None:
                raise QError("nyi")
            if v.dyad is not None:
                d = v.dyad

                def dyad(fr):
                    y = cr(fr)
                    return d(cl(fr), y)
                return dyad
            if vn.name == ":":
                raise QError("nyi")
            raise QError("rank")
        cv = self.c(vn)

        def dyad2(fr):
            y = cr(fr)
            x = cl(fr)
            f = cv(fr)
            return apply(f, [x, y])
        return dyad2

    def c_Apply(self, n):
        cf = self.c(n.f)
        args = n.args
        if len(args) == 1 and args[0] is None:
            def apply0(fr):
                f = cf(fr)
                if isinstance(f, Proj) and f.f is VERBS["!"] and _internal(f.args[0]):
                    return f.call([IDENTITY])       # (-26!)[] is -26!(::), not the projection
                if isinstance(f, Fn):
                    return f.call([None])
                return apply(f, [IDENTITY]) if f.t < 99 and f.t >= 0 else apply(f, [None])
            return apply0
        cargs = [self.c(a) if a is not None else None for a in args]
        if isinstance(n.f, P.VerbRef) and len(args) == 1 and n.f.name in _GLYPHS:
            # a glyph verb with one bracket argument is a projection: +[2] is +[2;]
            v = VERBS[n.f.name]
            ca = cargs[0]
            return lambda fr: Proj(v, [ca(fr), None])
        rev = list(reversed(list(enumerate(cargs))))
        k = len(cargs)

        def app(fr):
            vals = [None] * k
            for i, c in rev:
                if c is not None:
                    vals[i] = c(fr)
            f = cf(fr)
            return apply(f, vals)
        return app

    def c_Adverb(self, n):
        cf = self.c(n.f)
        adv = n.adv
        if isinstance(n.f, (P.VerbRef, P.Const, P.Lambda)):
            d = Derived(adv, cf(None))
            return lambda fr: d
        return lambda fr: Derived(adv, cf(fr))

    def c_Lambda(self, n):
        # an elided or pattern parameter (basics/pattern) is an argument under a name q code cannot
        # spell; a pattern one is matched by a statement run before the body
        pre = []
        if n.params is not None:
            for i, p in enumerate(n.params):
                if not isinstance(p, (str, type(None))):
                    pre.append(P.MatchAssign(p, P.Name(f" {i}")))
        known = _LAMBDA_SCOPES.get(n)
        if known is None:
            if n.params is None:
                assigned, used = _walk_locals(n.body)
                params = ["x", "y", "z"][:3 if "z" in used else 2 if "y" in used else 1]
            else:
                params = [p if isinstance(p, str) else f" {i}" for i, p in enumerate(n.params)]
                assigned, _ = _walk_locals(pre + n.body)
            if len(_LAMBDA_SCOPES) > 8192:
                _LAMBDA_SCOPES.clear()
            known = _LAMBDA_SCOPES[n] = (params, frozenset(params) | frozenset(assigned))
        params, scope = known
        params = list(params)
        sub = Compiler(self.ip, scope, self.ctx)
        body = [sub.c(s) for s in pre] + [sub.c(s) if s is not None else None for s in n.body]
        lam = Lam(params, body, n.src, self.ip, self.ctx)
        return lambda fr: lam

    def c_ListExpr(self, n):
        cs = [self.c(e) if e is not None else None for e in n.items]
        if any(c is None for c in cs):
            # (a;;c) is a projection of enlist (basics/application)
            en = VERBS["enlist"]

            def proj(fr):
                vals = [c(fr) if c is not None else None for c in reversed(cs)]
                vals.reverse()
                return Proj(en, vals)
            return proj
        rev = list(reversed(cs))

        def lst(fr):
            vals = [c(fr) for c in rev]
            vals.reverse()
            return qv.from_items(vals)
        return lst

    def c_TableExpr(self, n):
        def build(defs, fr):
            names, cols = [], []
            for name, node in defs:
                v = self.c(node)(fr)
                if name is None:
                    from .qsql import unnamed_column
                    name = unnamed_column(node, names)
                names.append(name)
                cols.append(v)
            return names, cols
        ip = self.ip

        if n.cols is None:
            def dict_literal(fr):
                kn, kc = build(n.keys, fr)
                return Dict(qv.syms(kn), qv.from_items(kc))
            return dict_literal

        def table(fr):
            kn, kc = build(n.keys, fr)
            vn, vc = build(n.cols, fr)
            allc = kc + vc
            cnt = None
            for c in allc:
                if c.t >= 0 and c.t < 98:
                    cnt = qv.count(c) if cnt is None else cnt
            if cnt is None:
                cnt = 1
                allc = [qv.enlist(c) for c in allc]
            else:
                from .keywords.lists import _take_n
                allc = [c if (c.t >= 0 and c.t < 98) else _take_n(cnt, c) for c in allc]
            for c in allc:
                if qv.count(c) != cnt:
                    raise QError("length")
            if not kn:
                return Table(qv.syms(vn), allc)
            return Dict(Table(qv.syms(kn), allc[:len(kn)]), Table(qv.syms(vn), allc[len(kn):]))
        return table

    def c_Assign(self, n):
        cv = self.c(n.value)
        name = n.name
        # `::` on a name that is local to the lambda assigns the local
        local = self.scope is not None and name in self.scope
        ip = self.ip
        full = self.gname(name) if not local else name

        if local and name[:1].isalpha() and name in VERBS and P.qverbs.is_infix(name):
            def local_keyword(fr):
                raise QError("nyi")     # over:1 in a lambda: the name reads back as the keyword
            return local_keyword
        if n.idx is None and n.op is None:
            if local:
                def set_local(fr):
                    v = cv(fr)
                    fr[name] = v
                    return v
                return set_local
            g = ip.globals
            if n.glob and self.scope is None:
                # name::expr at top level defines a view: re-evaluated whenever it is read (learn/views)
                def set_view(fr):
                    ip.check_assign(full)
                    g[full] = View(cv)
                    return IDENTITY
                return set_view

            def set_global(fr):
                v = cv(fr)
                ip.check_assign(full)
                g[full] = v
                return v
            return set_global

        getter = self.c_name(name) if local or self.scope is None or name in (self.scope or ()) else None
        if getter is None:
            gl = ip.globals

            def getter(fr):
                try:
                    return gl[full]
                except KeyError:
                    return ip.get_global(full)
        op = VERBS.get(n.op) if n.op is not None else None
        if n.op is not None and op is None:
            raise QError("nyi")

        def store(fr, v):
            if local:
                fr[name] = v
            else:
                ip.check_assign(full)
                ip.globals[full] = v

        if n.idx is None and local and n.op != ",":
            od = op.dyad

            def modify_local(fr):
                y = cv(fr)
                try:
                    cur = fr[name]
                except KeyError:
                    raise QError(name)
                r = od(cur, y)
                fr[name] = r
                return r
            return modify_local

        if n.idx is None:
            # x op: y
            od = op.dyad

            def modify(fr):
                y = cv(fr)
                cur = getter(fr)
                if n.op == ",":
                    r = _join_assign(cur, y)
                else:
                    r = od(cur, y)
                store(fr, r)
                return r
            return modify

        cidx = [self.c(a) if a is not None else None for a in n.idx]
        from .keywords.core import amend

        def amend_assign(fr):
            y = cv(fr)
            idx = [c(fr) if c is not None else None for c in reversed(cidx)]
            idx.reverse()
            try:
                cur = getter(fr)
            except QError:
                if n.op is None and len(idx) == 1:
                    cur = Dict(qv.List([]), qv.List([]))
                    raise
                raise
            if op is None:
                f = VERBS[":"]
            else:
                f = op
            fast = _fast_set(cur, idx, y, op)
            if fast is not None:
                return y
            r = amend(cur, idx, f, y)
            store(fr, r)
            if op is not None:
                from .funcs import index_deep
                return index_deep(r, idx)
            return y
        return amend_assign

    def c_MatchAssign(self, n):
        """(p):v matches v to the pattern p (basics/pattern): the value, with filter functions applied."""
        from .patterns import compile_pattern, commit
        cv = self.c(n.value)
        m = compile_pattern(self, n.pattern)
        ip = self.ip

        def massign(fr):
            binds = []
            r = m(fr, cv(fr), binds)
            commit(ip, fr, binds)
            return r
        return massign

    def c_MatchCond(self, n):
        """:[v;p1;r1;...;rd]: the r of the first pattern v matches, else rd; the others are not evaluated."""
        from .patterns import compile_pattern, commit, NoMatch
        cv = self.c(n.value)
        arms = [(compile_pattern(self, p), self.c(r)) for p, r in zip(n.pats, n.results)]
        cd = self.c(n.default)
        ip = self.ip

        def match_cond(fr):
            v = cv(fr)
            for m, cr in arms:
                binds = []
                try:
                    m(fr, v, binds)
                except NoMatch:
                    continue
                except QError as e:
                    # a filter function's error inside the conditional: whether kdb+ tries the next pattern
                    # is not documented
                    raise QError("nyi") from e
                commit(ip, fr, binds)
                return cr(fr)
            return cd(fr)
        return match_cond

    def c_Elided(self, n):
        raise QError("nyi")     # ([one:;four:d]) outside a pattern

    def c_MultiAssign(self, n):
        cv = self.c(n.value)
        setters = [self.c_Assign(P.Assign(nm, None, None, P.Const(None), False)) for nm in n.names]
        names = n.names
        local = [self.scope is not None and nm in self.scope for nm in names]
        ip = self.ip

        def massign(fr):
            v = cv(fr)
            its = qv.items(v) if v.t >= 0 else None
            if its is None or len(its) != len(names):
                raise QError("length")
            for nm, loc, e in zip(names, local, its):
                if loc:
                    fr[nm] = e
                else:
                    ip.globals[self.gname(nm)] = e
            return v
        return massign

    def c_Compose(self, n):
        cs = [self.c(p) for p in n.parts]

        def compose(fr):
            fs = [c(fr) for c in reversed(cs)]
            fs.reverse()
            for f in fs:
                if not isinstance(f, Fn):
                    raise QError("type")
            return Comp(fs)
        return compose

    def c_Nyi(self, n):
        cw = self.c(n.what) if isinstance(n.what, P.Node) else None

        def nyi(fr):
            if cw is not None:
                cw(fr)
            raise QError("nyi")
        return nyi

    def c_Cond(self, n):
        cs = [self.c(a) if a is not None else (lambda fr: IDENTITY) for a in n.args]
        k = len(cs)

        def cond(fr):
            i = 0
            while i + 1 < k:
                if truthy(cs[i](fr)):
                    return cs[i + 1](fr)
                i += 2
            if i < k:
                return cs[i](fr)
            return IDENTITY
        return cond

    def c_Control(self, n):
        cs = [self.c(a) if a is not None else None for a in n.args]
        if not cs or cs[0] is None:
            raise QError("nyi")
        c0 = cs[0]
        body = cs[1:]
        ip = self.ip
        kind = n.kind
        if kind == "if":
            def if_(fr):
                if truthy(c0(fr)):
                    for c in body:
                        if c is not None:
                            c(fr)
                return IDENTITY
            return if_
        if kind == "do":
            def do_(fr):
                cnt = c0(fr)
                if cnt.t not in (-7, -6, -5, -1, -4):
                    raise QError("type")
                for _ in range(int(cnt.v)):
                    ip.tick()
                    for c in body:
                        if c is not None:
                            c(fr)
                return IDENTITY
            return do_

        def while_(fr):
            while truthy(c0(fr)):
                ip.tick()
                for c in body:
                    if c is not None:
                        c(fr)
            return IDENTITY
        return while_

    def c_Return(self, n):
        if isinstance(n.x, P.Seq) and len(n.x.stmts) > 1:
            raise QError("nyi")    # :[x;pattern;e;...] is kdb+ 4.1's match conditional, not a return
        cx = self.c(n.x)

        def ret(fr):
            raise _Return(cx(fr))
        return ret

    def c_QSQL(self, n):
        from .qsql import compile_template
        return compile_template(self, n)

    def c_Signal(self, n):
        cx = self.c(n.x)

        def sig(fr):
            v = cx(fr)
            if v.t in (10, -11):
                raise QError(qv.pystr(v))
            raise QError("stype")       # a char atom or a number is not signalled (ref/signal)
        return sig


def _join_assign(cur, y):
    """x,:y — a typed vector keeps its type (a different type is 'type, as kdb+)."""
    from .keywords.lists import join
    t = cur.t
    if t == 99 and y.t == 99:
        vt = cur.v.t
        if 0 < vt < 20 and (y.v.t != vt):
            raise QError("type")
    if t == 98 and y.t == 98:
        for a, b in zip(cur.v, y.v):
            if a.t != b.t:
                raise QError("type")
    if t == 11 and y.t in (20, -20):
        from .enums import join as enum_join
        return enum_join(cur, y)           # s,:`sym$`b appends the symbols (ref/join)
    if 0 < t < 20 and y.t != t and y.t != -t:
        if y.t == 0 and not y.v:
            return cur
        raise QError("type")
    if t in (98, 20) or t == 99 and cur.k.t == 98:
        from .keywords.tables import join_assign
        return join_assign(cur, y)         # tables: rows appended like insert (keywords/tables.py)
    if t == 0 and cur.v and 0 < y.t < 20 and all(e.t == y.t for e in cur.v):
        return qv.from_items(list(cur.v) + [y])   # ref/join: a list of vectors gets y as one more item
    return join(cur, y)


def _fast_set(cur, idx, y, op):
    """In-place x[i]:y for an unshared vector/list (the common loop case); None when not applicable."""
    import sys
    if len(idx) != 1 or op is not None:
        return None
    i = idx[0]
    if i is None or i.t not in (-7, -6, -5):
        return None
    k = int(i.v)
    t = cur.t
    if 0 < t < 20:
        if y.t != -t:
            return None
        # refcounts: the variable, the local name `cur`, and getrefcount's argument
        if sys.getrefcount(cur) > 4 or sys.getrefcount(cur.v) > 2 or cur.v.base is not None:
            return None
        if not 0 <= k < len(cur.v):
            return None
        cur.v[k] = y.v
        cur.attr = ""
        return True
    if t == 0:
        if sys.getrefcount(cur) > 4 or sys.getrefcount(cur.v) > 2:
            return None
        if not 0 <= k < len(cur.v):
            return None
        if y.t < 0 and all(e.t == y.t for j, e in enumerate(cur.v) if j != k):
            return None   # would become a uniform vector: take the general path
        cur.v[k] = y
        return True
    return None
