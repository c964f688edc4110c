"""Namespaces as kdb+ shows them (basics/namespaces, ref/key): qlite keeps globals in one flat dict of
dotted names; this module builds the root `. and `.ns dictionaries from it, lists namespaces (key `),
tables (ref/tables) and views (learn/views, ref/view: views, view, value of a view), and the part of .q
whose entries the KX pages show.
"""
from __future__ import annotations

import re

from ..errors import QError
from .. import values as qv
from ..values import Dict, List, IDENTITY
from ..verbs import VERBS, verb

# key ` in a fresh kdb+ 4.x session (basics/namespaces); .z is not listed (basics/syscmds)
SYSTEM_NAMESPACES = ("q", "Q", "h", "j", "o")


def _ip():
    from .. import interpreter
    return interpreter.CURRENT


def namespaces(ip):
    """key ` (ref/key, basics/namespaces): kdb+'s namespaces, then the user's in order of creation."""
    seen = dict.fromkeys(SYSTEM_NAMESPACES)
    for name in ip.globals:
        if name.startswith("."):
            head = name[1:].split(".")[0]
            if head and head != "z":
                seen.setdefault(head, None)
    return qv.syms(list(seen))


def _children(ip, prefix):
    """Names directly under `prefix.` (a name or a sub-namespace), in order of creation."""
    seen = {}
    p = prefix + "."
    for name in ip.globals:
        if name.startswith(p):
            seen.setdefault(name[len(p):].split(".")[0], None)
    return list(seen)


def root_names(ip, ctx=""):
    """key `. (ref/key): the names of the root (or of the namespace ctx), views among them."""
    if ctx:
        return _children(ip, ctx)
    return [n for n in ip.globals if not n.startswith(".") and "." not in n]


def namespace_value(ip, name):
    """The dictionary a namespace is: `. (the root, no empty key) or `.ns (`` first, holding ::)."""
    if name == ".":
        names = root_names(ip)
        return Dict(qv.syms(names), List([ip.globals[n] for n in names]))
    if name[:2] in (".q", ".Q", ".h", ".j", ".o", ".z", ".m") and (len(name) == 2 or name[2] == "."):
        raise QError("nyi")      # kdb+'s own namespaces hold more than qlite has
    children = _children(ip, name)
    if not children:
        raise QError(name)
    vals = [IDENTITY]
    for c in children:
        full = name + "." + c
        sub = _children(ip, full)
        if full in ip.globals:
            if sub:
                raise QError("nyi")
            vals.append(ip.globals[full])
        else:
            vals.append(namespace_value(ip, full))
    return Dict(qv.syms([""] + children), List(vals))


def is_namespace(ip, name):
    """Is `name` (".", ".ns", ".ns.sub") a namespace qlite holds names under?"""
    if name == ".":
        return True
    return name.startswith(".") and name not in ip.globals and bool(_children(ip, name))


# ---- tables -----------------------------------------------------------------------------------------

def _namespace_arg(x):
    """tables/views argument: [] or ` (the current namespace), `. (the root) or `.ns."""
    ip = _ip()
    if x is IDENTITY or x.t == -11 and x.v == "":
        return ip, ip.ctx
    if x.t != -11:
        raise QError("nyi")
    if x.v == ".":
        return ip, ""
    if x.v.startswith(".") and all(p.isidentifier() for p in x.v[1:].split(".")):
        if not _children(ip, x.v):
            raise QError(x.v)      # basics/syscmds: \a .n where .n is no namespace is '.n
        return ip, x.v
    raise QError("nyi")


def _is_table(v):
    t = getattr(v, "t", None)
    return t == 98 or t == 99 and v.k.t == 98 and v.v.t == 98


def tables(x):
    """tables (ref/tables): the sorted names of the tables in a namespace (default: the current one)."""
    ip, ctx = _namespace_arg(x)
    names = root_names(ip, ctx)
    return qv.syms(sorted(n for n in names if _is_table(ip.globals.get((ctx + "." + n) if ctx else n))))


verb("tables", tables, None, t=101)


# ---- views ------------------------------------------------------------------------------------------

_VIEW_DEF = re.compile(r"\s*(\.?[A-Za-z]\w*(?:\.[A-Za-z]\w*)*)::(?!:)(.*)\Z", re.S)


def view_definition(text):
    """`v::expr` as a whole top-level statement defines a view of all of expr, `;`s included
    (learn/views: v::a;b;select from t where a in b). Returns (name, expression text) or None."""
    m = _VIEW_DEF.match(text)
    if m is None or not m.group(2).strip() or m.group(1) in VERBS or m.group(1).startswith((".z.", ".q.", ".Q.")):
        return None
    return m.group(1), m.group(2)


def view_text(expr):
    """The text kdb+ keeps for a view (view`v): the expression without a trailing comment; None when
    qlite cannot tell a comment apart (a string holding ' /')."""
    m = re.search(r"(^|\s)/", expr)
    if m is None:
        return expr.strip()
    if '"' in expr:
        return None
    return expr[:m.start()].strip()


def dependencies(stmts):
    """The global names a view's expression reads, in order of first appearance (learn/views:
    `b`a for b+a, ,`t for a select from t — qSQL phrases are not dependencies)."""
    from .. import parser as P
    from ..qsql import node_class
    QSQL = node_class()
    out = {}

    def walk(n):
        if n is None or isinstance(n, (str, int, float, bool)):
            return
        if isinstance(n, (list, tuple)):
            for e in n:
                walk(e)
            return
        if isinstance(n, P.Lambda):
            return
        if isinstance(n, QSQL):
            walk(n.frm)
            return
        if isinstance(n, P.Name):
            if n.name not in VERBS:
                out.setdefault(n.name, None)
            return
        if isinstance(n, P.Node):
            for f in n.__slots__ if hasattr(n, "__slots__") else ():
                walk(getattr(n, f, None))
    walk(stmts)
    return list(out)


def views(x):
    """views (ref/view): the sorted names of the views in a namespace."""
    from ..evaluator import View
    ip, ctx = _namespace_arg(x)
    names = sorted(n for n in root_names(ip, ctx)
                   if ip.globals.get((ctx + "." + n) if ctx else n).__class__ is View)
    if not names:
        return qv.syms([])
    r = qv.syms(names)
    r.attr = "s"
    return r


def pending_views(x):
    r"""\B (basics/syscmds): the views not computed since they were defined or a dependency changed."""
    from ..evaluator import View
    ip, ctx = _namespace_arg(x)
    views = [(n, ip.globals.get((ctx + "." + n) if ctx else n)) for n in root_names(ip, ctx)]
    views = [(n, v) for n, v in views if v.__class__ is View]
    if any(v.full_deps is None for _, v in views):
        raise QError("nyi")
    names = [n for n, v in views if v.cache is None or v.stale()]
    if len(names) > 1:
        raise QError("nyi")        # the pages show at most one: their order is not known
    return qv.syms(names)


def view(x):
    """view (ref/view): the expression text of the view named x."""
    from ..evaluator import View
    if x.t != -11:
        raise QError("type")
    ip = _ip()
    name = x.v if x.v.startswith(".") or not ip.ctx else ip.ctx + "." + x.v
    v = ip.globals.get(name)
    if v.__class__ is not View or v.src is None:
        raise QError("nyi")
    return qv.string(v.src)


def view_value(v):
    """value of a view (ref/value, learn/views): (value if current, else ::; parse tree; dependencies; text)."""
    if v.src is None or v.deps is None:
        raise QError("nyi")
    if v.cache is None:
        cur = IDENTITY
    elif v.stale():
        raise QError("nyi")        # kdb+ keeps a pending view's old value somewhere qlite cannot show
    else:
        cur = v.cache
    tree = VERBS["parse"].monad(qv.string(v.src))
    deps = qv.syms(v.deps)
    return List([cur, tree, deps, qv.string(v.src)])


verb("views", views, None, t=101)
verb("view", view, None, t=101)


# ---- .q ---------------------------------------------------------------------------------------------

# .q entries whose definition the KX pages show (basics/funsql, basics/parsetrees, ref/key): the k
# primitive each keyword is. Other entries, and the order of all of them, qlite does not hold: 'nyi.
_DOTQ_PRIMITIVE = {"neg": "-:", "not": "~:", "reciprocal": "%:", "ltime": "%:", "flip": "+:",
                   "hopen": "<:", "hclose": ">:", "hdel": "~:"}
# the first key holding each primitive (.q?(+:) is `flip, .q?(<:;>:) is `hopen`hclose)
_DOTQ_FIRST = {"-:": "neg", "~:": "not", "%:": "reciprocal", "+:": "flip", "<:": "hopen", ">:": "hclose"}


class DotQ(Dict):
    """The .q dictionary, of which qlite can index and search only the documented entries."""
    __slots__ = ()

    def __init__(self):
        self.attr = ""

    @property
    def k(self):
        raise QError("nyi")

    @property
    def v(self):
        raise QError("nyi")

    def partial_index(self, i):
        if i.t == -11:
            from ..format import _SHOWN_AS
            glyph = _DOTQ_PRIMITIVE.get(i.v)
            if glyph is not None:
                return VERBS[glyph]
            if i.v in _SHOWN_AS and i.v.isidentifier():
                return VERBS[i.v]          # a keyword whose definition the pages show (format._SHOWN_AS)
            raise QError("nyi")
        if i.t == 11:
            return qv.from_items([self.partial_index(qv.sym(s)) for s in i.v.tolist()])
        raise QError("nyi")

    def partial_find(self, y):
        from ..match import match
        if y.t == 0:
            return qv.syms([self.partial_find(e).v for e in y.v])
        for glyph, name in _DOTQ_FIRST.items():
            if match(y, VERBS[glyph]):
                return qv.sym(name)
        raise QError("nyi")


DOTQ = DotQ()
