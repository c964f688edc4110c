"""parse and eval (ref/parse, ref/eval, basics/parsetrees): q text to kdb+'s parse trees, qSQL templates to
their functional forms (?;t;c;b;a) / (!;t;c;b;a), and parse trees evaluated back.

An iterator is an item of the tree ((/;+) for +/), applied by eval. Forms whose tree qlite cannot show as
kdb+ does (the k source of most q-defined keywords, delete, amends, several statements) are 'nyi.
"""
from __future__ import annotations

from .errors import QError
from . import values as qv
from .values import Atom, List, Dict, IDENTITY

def _enlist():
    from .verbs import VERBS
    return VERBS["enlist"]


# keywords kdb+ implements in C (.Q.res): a tree shows them by name; the other keywords are q/k lambdas
_BUILTIN = set("""abs acos asin atan avg bin binr cor cos cov dev delete div do enlist exec exit exp getenv
hopen if in insert last like log max mavg mcount md5 mdev med min mmax mmin mmu mod msum neg prd rand scov
sdev select setenv sin sqrt ss sum svar tan update var wavg while within wsum xexp""".split())


_ITERATORS = {"'", "/", "\\", "':", "/:", "\\:"}


def _keyword(name):
    from .verbs import VERBS
    from .format import _SHOWN_AS as SHOWN_AS
    v = VERBS.get(name)
    if v is None or name[0].isalpha() and name not in _BUILTIN and v.name == name and name not in SHOWN_AS:
        raise QError("nyi")     # a keyword defined in q: kdb+ shows its k source in a tree
    return v


def _quote(v):
    """A constant inside a tree: symbols (and lists) are enlisted so they are not names or calls."""
    if v.t in (-11, 11, 0):
        return qv.enlist(v)
    return v


def tree(n, ip):
    from . import parser as P
    from .verbs import VERBS
    from .qsql import node_class
    if n is None:
        return IDENTITY
    if isinstance(n, P.Const):
        return IDENTITY if n.v is None else _quote(n.v)
    if isinstance(n, P.Name):
        # q's keywords are resolved when parsed (type 6 is (@:;6)); other names stay symbols
        if n.name in VERBS and n.name not in ip.globals:
            return _keyword(n.name)
        return qv.sym(n.name)
    if isinstance(n, P.VerbRef):
        return _keyword(n.name)
    if isinstance(n, P.Juxt):
        if isinstance(n.f, P.VerbRef) and n.f.name not in _ITERATORS:
            name = n.f.name
            f = VERBS.get(name + ":") if not name[0].isalpha() and not name.endswith(":") else VERBS.get(name)
            if f is None:
                raise QError("nyi")
            return List([f, tree(n.x, ip)])
        return List([tree(n.f, ip), tree(n.x, ip)])
    if isinstance(n, P.Dyad):
        if not isinstance(n.verb, (P.VerbRef, P.Adverb)):
            raise QError("nyi")
        return List([tree(n.verb, ip), tree(n.left, ip), tree(n.right, ip)])
    if isinstance(n, P.Adverb):
        # +/ is (/;+) and 1 2 3 +/: 5 7 is ((/:;+);1 2 3;5 7) (ref/parse)
        return List([VERBS[n.adv], tree(n.f, ip)])
    if isinstance(n, P.Apply):
        if any(a is None for a in n.args):
            raise QError("nyi")
        return List([tree(n.f, ip)] + [tree(a, ip) for a in n.args])
    if isinstance(n, P.ListExpr):
        return List([_enlist()] + [tree(a, ip) for a in n.items])
    if isinstance(n, P.Lambda):
        from .evaluator import Compiler
        return Compiler(ip).c(n)(None)
    if isinstance(n, P.Assign):
        if n.idx is not None or n.op is not None:
            raise QError("nyi")
        return List([VERBS["::" if n.glob else ":"], qv.sym(n.name), tree(n.value, ip)])
    if isinstance(n, P.Cond):
        return List([VERBS["$"]] + [tree(a, ip) for a in n.args])
    if isinstance(n, node_class()):
        return _qsql_tree(n, ip)
    raise QError("nyi")


def _dict(pairs, ip):
    return Dict(qv.syms([nm for nm, _ in pairs]), qv.from_items([tree(e, ip) for _, e in pairs])
                if len(pairs) != 1 else List([tree(pairs[0][1], ip)]))


def _qsql_tree(n, ip):
    """select/exec/update as their functional form (basics/funsql)."""
    from .verbs import VERBS
    if n.kind == "delete":
        raise QError("nyi")
    c = qv.enlist(List([tree(w, ip) for w in n.where])) if n.where else List([])
    if n.kind == "exec":
        if n.by is None:
            b = List([])
        elif len(n.by) == 1 and n.by[0][0] is None:
            b = _quote(tree(n.by[0][1], ip))     # quoted so that eval of the tree gives ? the tree
        else:
            b = _dict(n.by, ip)
        if len(n.cols) == 1 and n.cols[0][0] is None:
            a = _quote(tree(n.cols[0][1], ip))
        else:
            a = _dict(n.cols, ip) if n.cols else List([])
        return List([VERBS["?"], tree(n.frm, ip), c, b, a])
    b = _dict(n.by, ip) if n.by else qv.boolean(n.distinct)
    a = _dict(n.cols, ip) if n.cols else List([])
    if n.kind == "update":
        return List([VERBS["!"], tree(n.frm, ip), c, b, a])
    out = [VERBS["?"], tree(n.frm, ip), c, b, a]
    if n.limit is not None:
        from . import parser as P
        if len(n.limit) == 1:
            out.append(tree(n.limit[0], ip))
        elif len(n.limit) == 2:
            o = n.limit[1]
            if not (isinstance(o, P.Juxt) and isinstance(o.f, P.VerbRef) and o.f.name in ("<", ">")):
                raise QError("nyi")
            out += [tree(n.limit[0], ip), qv.enlist(tree(o, ip))]
        else:
            raise QError("nyi")
    return List(out)


def parse(x):
    """parse (ref/parse): the parse tree of q text."""
    from . import interpreter
    from .parser import parse as parse_text
    if x.t not in (10, -10):
        raise QError("type")
    text = qv.pystr(x)
    if text.startswith("k)") or text.startswith("\\"):
        raise QError("nyi")
    stmts = parse_text(text)
    if len(stmts) != 1:
        raise QError("nyi")
    return tree(stmts[0], interpreter.CURRENT)


def eval_(x):
    """eval (ref/eval): evaluate a parse tree; (:;`a;v) and (::;`a;v) assign the global a."""
    from . import interpreter
    from .qsql import eval_tree
    from .verbs import VERBS
    ip = interpreter.CURRENT
    if x.t == 0 and len(x.v) == 3 and x.v[0] in (VERBS[":"], VERBS["::"]) and x.v[1].t == -11:
        v = eval_(x.v[2])
        ip.globals[x.v[1].v] = v
        return v
    return eval_tree(x, None, ip)


def install():
    """Fill the parse and eval rows of the verb table unless they are already implemented."""
    from .verbs import VERBS, verb
    for name, fn in (("parse", parse), ("eval", eval_)):
        p = VERBS.get(name)
        if p is None or getattr(p.monad, "__name__", "") == "_nyi_fn":
            verb(name, fn, None, t=101)
