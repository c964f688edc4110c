"""qSQL: the select/exec/update/delete templates (parsed here from the token stream), their one engine,
and the functional forms ?[t;c;b;a] and ![t;c;b;a] that run on the same engine with parse trees.

Column expressions see the table's columns as names (lambda locals first, then columns, then globals),
plus the virtual column i; `col.year`-style accessors cast like `` `year$col ``.
"""
from __future__ import annotations

import numpy as np

from .errors import QError
from . import values as qv
from .values import Atom, Vec, List, Dict, Table, IDENTITY
from . import tables as T
from .funcs import Fn, Prim, apply, index

WORDS = ("select", "exec", "update", "delete")
COLS = "\x00cols"      # frame slot holding the current column environment


# ---- parsing ------------------------------------------------------------------------------------------

def _node_classes():
    from . import parser as P

    class QSQL(P.Node):
        """A qSQL template: kind, [(name, node)] columns, by, from, [where], select[..] args, distinct."""
        __slots__ = ("kind", "cols", "by", "frm", "where", "limit", "distinct")

        def __init__(self, kind, cols, by, frm, where, limit, distinct):
            self.kind = kind
            self.cols = cols
            self.by = by
            self.frm = frm
            self.where = where
            self.limit = limit
            self.distinct = distinct
    return QSQL


_QSQL = None


def node_class():
    global _QSQL
    if _QSQL is None:
        _QSQL = _node_classes()
    return _QSQL


def _is(tok, k, v):
    return tok.k == k and tok.v == v


def parse_template(p, word):
    """Called by the parser after the word select/exec/update/delete: reads up to the end of the
    expression, splits at by/from/where and top-level commas, parses each part as an expression."""
    from . import parser as P
    limit = None
    t = p.peek()
    if word == "select" and t is not None and _is(t, "punct", "[") and not t.ws:
        limit = _select_brackets(p)
    distinct = False
    t = p.peek()
    if word == "select" and t is not None and t.k == "name" and t.v == "distinct":
        p.i += 1
        distinct = True
    start = p.i
    depth = 0
    toks = p.toks
    j = start
    marks = {}
    commas = []
    while j < len(toks):
        tk = toks[j]
        if tk.k == "punct":
            if tk.v in "([{":
                depth += 1
            elif tk.v in ")]}":
                if depth == 0:
                    break
                depth -= 1
            elif tk.v in (";", "\n") and depth == 0:
                break
        elif depth == 0 and tk.k == "name" and tk.v in ("by", "from", "where") and tk.v not in marks:
            if tk.v == "where" and "from" not in marks:
                pass
            elif tk.v == "by" and "from" in marks:
                pass
            else:
                marks[tk.v] = j
        elif depth == 0 and tk.k == "op" and tk.v == ",":
            commas.append(j)
        j += 1
    end = j
    p.i = end
    if "from" not in marks:
        raise QError("from" if word != "delete" else "from")
    f0 = marks["from"]
    b0 = marks.get("by")
    w0 = marks.get("where")
    cols_end = b0 if b0 is not None else f0
    frm_end = w0 if w0 is not None else end

    def split(a, b):
        parts, s = [], a
        for c in commas:
            if a <= c < b:
                parts.append((s, c))
                s = c + 1
        parts.append((s, b))
        return [] if (len(parts) == 1 and parts[0][0] == parts[0][1]) else parts

    def parse_range(a, b):
        sub = P.Parser.__new__(P.Parser)
        sub.src = p.src
        sub.toks = toks[a:b]
        sub.i = 0
        e = sub.parse_expr()
        if sub.i != len(sub.toks) or e is None:
            raise QError("parse" if e is not None else ",")
        return e

    def coldefs(a, b, bare_single=False):
        out = []
        parts = split(a, b)
        for s, e in parts:
            node = parse_range(s, e)
            if isinstance(node, P.Assign) and node.idx is None and node.op is None and not node.glob:
                out.append((node.name, node.value))
            elif bare_single and len(parts) == 1:
                out.append((None, node))     # exec a from t: the value itself, not a dict
            else:
                out.append((_auto_name(node), node))
        return out

    cols = coldefs(start, cols_end, word == "exec")
    by = coldefs(b0 + 1, f0, word == "exec") if b0 is not None else None
    frm = parse_range(f0 + 1, frm_end)
    where = [parse_range(s, e) for s, e in split(w0 + 1, end)] if w0 is not None else []
    if word == "delete":
        if by is not None:
            raise QError("nyi")
        for name, node in cols:
            if not isinstance(node, P.Name):
                raise QError("nyi")
        if cols and where:
            raise QError("nyi")
    # tuples, not lists: kdb+ looks for implicit x y z in the from phrase only, so the evaluator's
    # scan for implicit parameters must not see the column, by and where phrases
    return node_class()(word, tuple(cols), tuple(by) if by is not None else None, frm, tuple(where), limit,
                        distinct)


def unnamed_column(node, taken):
    """Name of an unnamed column in a table literal `([] 1 2; 3 4)`: as in select, then x1 x2 ... when taken."""
    return _dedupe(list(taken) + [_auto_name(node)])[-1]


def _select_brackets(p):
    """select[n], select[n;>col] / select[n;<col]: the sort is read here, since a glyph applied by
    prefix is not an expression of its own in q."""
    from . import parser as P
    toks = p.toks
    j, depth, parts, start = p.i + 1, 0, [], p.i + 1
    while j < len(toks):
        tk = toks[j]
        if tk.k == "punct" and tk.v in "([{":
            depth += 1
        elif tk.k == "punct" and tk.v in ")]}":
            if depth == 0:
                break
            depth -= 1
        elif tk.k == "punct" and tk.v == ";" and depth == 0:
            parts.append((start, j))
            start = j + 1
        j += 1
    parts.append((start, j))
    if len(parts) == 2 and parts[1][1] - parts[1][0] == 2:
        op, name = toks[parts[1][0]], toks[parts[1][0] + 1]
        if op.k == "op" and op.v in ("<", ">") and name.k == "name":
            sub = P.Parser.__new__(P.Parser)
            sub.src, sub.toks, sub.i = p.src, toks[parts[0][0]:parts[0][1]], 0
            first = sub.parse_expr()
            if sub.i != len(sub.toks):
                raise QError("parse")
            p.i = j + 1
            return [first, P.Juxt(P.VerbRef(op.v), P.Name(name.v))]
    if len(parts) == 1 and parts[0][1] - parts[0][0] == 2:
        op, name = toks[parts[0][0]], toks[parts[0][0] + 1]
        if op.k == "op" and op.v in ("<", ">") and name.k == "name":
            p.i = j + 1
            return [P.Nyi(None)]    # select[>col] without a count: the pages show select[n;>col] only
    p.i += 1
    return p.parse_list("]")


def _auto_name_default():
    return "x"


def _auto_name(node):
    """kdb+ names an unnamed column after the first name among the arguments of its expression
    (the part after the last dot), `x` when there is none (`count i` is x); of a keyword dyad the
    right argument is looked at first (`size wavg price` is price, ref/avg)."""
    from . import parser as P
    from .verbs import VERBS

    def first(n):
        # only the first argument of an application is looked at: `2*c2` is x, `c2+c3` is c2
        if n is None:
            return None
        if isinstance(n, P.Name):
            if n.name == "i" or n.name in VERBS:
                return None
            return n.name.split(".")[-1] if not n.name.startswith(".") else None
        if isinstance(n, P.Juxt):
            return first(n.x)
        if isinstance(n, P.Assign):
            return n.name
        if isinstance(n, P.Dyad):
            glyph = isinstance(n.verb, P.VerbRef) and not n.verb.name[0].isalpha()
            if glyph and n.verb.name in ("#", "$") and isinstance(n.left, P.Const) and n.left.v.t == -11:
                return first(n.right)       # `g#col and `time$time:() keep the column's name
            if glyph:
                return first(n.left)        # 2*c2 is x, c2+c3 is c2
            return first(n.right) or first(n.left)   # 10 xbar time.minute is minute, size wavg price is price (ref/avg)
        if isinstance(n, P.Apply):
            return first(n.args[0]) if n.args else None
        return None
    if isinstance(node, P.Name):
        return node.name.split(".")[-1] if node.name != "i" else "x"
    return first(node) or "x"


# ---- compiling templates -------------------------------------------------------------------------------

def compile_template(comp, n):
    """Compile a QSQL node with the evaluator's Compiler `comp` -> closure(frame)."""
    from .evaluator import Compiler
    from . import parser as P

    class ColCompiler(Compiler):
        """Names resolve to lambda locals first, then the table's columns, then globals."""

        def c_name(self, name):
            if self.scope is not None and name in self.scope:
                return super().c_name(name)
            fallback = super().c_name(name)
            head, dot, tail = name.partition(".")

            def look(fr):
                env = fr[COLS]
                v = env.get(name)
                if v is not None:
                    return v
                if dot and head in env:
                    return accessor(tail, env[head])
                return fallback(fr)
            return look

        def c_Cond(self, n):
            # kdb+ runs a template's phrases as parse trees, where $[c;a;b] is $ applied to 3 args
            def rank(fr):
                raise QError("rank")
            return rank

    cc = ColCompiler(comp.ip, comp.scope, comp.ctx)
    frm = comp.c(n.frm)
    cols = [(name, cc.c(node)) for name, node in n.cols]
    by = [(name, cc.c(node)) for name, node in n.by] if n.by is not None else None
    where = [cc.c(w) for w in n.where]
    order = None
    lim_nodes = n.limit
    if lim_nodes is not None and len(lim_nodes) == 2:
        # select[n;>col] / select[n;<col]: sort the result by col, then take n
        o = lim_nodes[1]
        if not (isinstance(o, P.Juxt) and isinstance(o.f, P.VerbRef) and o.f.name in ("<", ">")
                and isinstance(o.x, P.Name)):
            raise QError("nyi")
        order = (o.f.name, o.x.name)
        lim_nodes = lim_nodes[:1]
    limit = [comp.c(a) if a is not None else None for a in lim_nodes] if lim_nodes is not None else None
    kind = n.kind
    ip = comp.ip

    def run(fr):
        base = dict(fr) if fr else {}

        def expr(c):
            def ev(env):
                base[COLS] = env
                return c(base)
            return ev
        src = frm(fr)
        lim = None
        if limit is not None:
            lim = [c(fr) if c is not None else None for c in reversed(limit)][::-1]
        return run_query(kind, src, [expr(w) for w in where],
                         [(nm, expr(c)) for nm, c in by] if by is not None else None,
                         [(nm, expr(c)) for nm, c in cols], lim, n.distinct, ip, order)
    return run


def accessor(name, x):
    """x.year, x.minute ...: the temporal cast `name$x`; on an enumeration, the foreign key's column."""
    if x.t in (20, -20):
        head, dot, rest = name.partition(".")
        from .enums import deref
        r = deref(x, head)
        return accessor(rest, r) if dot else r
    from .keywords.strings import cast
    return cast(qv.sym(name), x)


# ---- the engine ----------------------------------------------------------------------------------------

def _resolve(src, ip):
    """The table a query runs on: a value, or a global named by a symbol (update/delete write it back)."""
    if src.t == -11:
        return ip.get_global(src.v), src.v
    return src, None


def _env(flat, idx):
    """Names of a query on rows idx (always increasing): the columns, and i."""
    iv = Vec(7, idx)
    if len(idx) == T.nrows(flat):
        env = dict(zip(flat.k.v, flat.v))     # every row: the columns themselves, no copies
    else:
        env = {name: index(c, iv) for name, c in zip(flat.k.v, flat.v)}
    env["i"] = iv
    return env


def _bools(r, m):
    """A where phrase's result: booleans of the rows it sees (an atom applies to all)."""
    if r.t == 1 and len(r.v) == m:
        return r.v
    if r.t == -1:
        return np.full(m, bool(r.v))
    if r.t == 1:
        raise QError("length")
    raise QError("type")


def _filter(flat, wheres):
    idx = np.arange(T.nrows(flat), dtype=np.int64)
    for w in wheres:      # each phrase sees only the rows the earlier ones kept
        idx = idx[_bools(w(_env(flat, idx)), len(idx))]
    return idx


def run_query(kind, src, wheres, by, cols, limit, distinct, ip, order=None):
    """One query: kind select/exec/update/delete; wheres, by and cols hold functions of a column
    environment (compiled template expressions or parse trees)."""
    if kind == "delete" and src.t == -11 and src.v == "." and cols and not wheres:
        # delete a from `.: remove globals of the root namespace
        for nm, _ in cols:
            ip.globals.pop(nm, None)
        return src
    tbl, name = _resolve(src, ip)
    if kind == "delete" and tbl.t == 99 and not T.is_keyed(tbl) and cols and not wheres:
        # delete k from d: a dict without those keys
        drop = {nm for nm, _ in cols}
        if tbl.k.t != 11:
            raise QError("type")
        keep = np.array([j for j, k in enumerate(tbl.k.v.tolist()) if k not in drop], dtype=np.int64)
        r = Dict(index(tbl.k, Vec(7, keep)), index(tbl.v, Vec(7, keep)))
        if name is not None:
            ip.globals[name] = r
            return qv.sym(name)
        return r
    if tbl.t != 98 and not T.is_keyed(tbl):
        raise QError("type")
    keyed = T.is_keyed(tbl)
    flat = T.unkey(tbl)
    if kind == "select":
        r = _select(tbl, flat, keyed, wheres, by, cols)
        if distinct:
            from .keywords.lists import distinct as distinct_
            r = distinct_(r)
        if order is not None:
            from .verbs import VERBS
            iasc, idesc = VERBS["iasc"].monad, VERBS["idesc"].monad
            key = T.column(T.unkey(r), order[1])
            r = T.take_rows(r, (idesc if order[0] == ">" else iasc)(key).v)
        if limit is not None:
            r = _limit(r, limit)
        return r
    if kind == "exec":
        return _exec(flat, wheres, by, cols)
    if kind == "update":
        r = _update(flat, wheres, by, cols)
        if keyed:
            r = T.key_by(r, T.col_names(tbl.k))
    else:
        r = _delete(flat, wheres, cols)
        if keyed:
            r = T.key_by(r, T.col_names(tbl.k))
    if name is not None:
        ip.globals[name] = r
        return qv.sym(name)
    return r


def _limit(r, lim):
    from .keywords.lists import take
    lim = [a for a in lim if a is not None]
    if len(lim) == 1:
        n = lim[0]
        if n.t in (-7, -6, -5):
            k = int(n.v)
            cnt = qv.count(r)
            k = max(-cnt, min(k, cnt))
            return take(Atom(-7, np.int64(k)), r)
        if n.t in (7, 6) and len(n.v) == 2:
            s, c = int(n.v[0]), int(n.v[1])
            return T.take_rows(r, np.arange(s, min(s + c, qv.count(r)), dtype=np.int64)) if r.t == 98 else \
                (_ for _ in ()).throw(QError("nyi"))
    raise QError("nyi")


def _eval_cols(cols, env):
    return [(nm, _column_value(f(env))) for nm, f in cols]


def _column_value(v):
    """A column that comes out a function (select * from t, select count from t) has no documented result."""
    if v.t >= 100:
        raise QError("nyi")
    return v


def _dedupe(names):
    """Duplicate result column names get suffixes 1 2 ... like kdb+'s select."""
    seen, out = set(), []
    for nm in names:
        if nm in seen:
            k = 1
            while f"{nm}{k}" in seen:
                k += 1
            nm = f"{nm}{k}"
        seen.add(nm)
        out.append(nm)
    return out


def _select(tbl, flat, keyed, wheres, by, cols):
    idx = _filter(flat, wheres)
    if by is None:
        if not cols:
            return T.take_rows(tbl, idx)
        env = _env(flat, idx)
        vals = _eval_cols(cols, env)
        names = _dedupe([nm for nm, _ in vals])
        return T.make(names, T.conform([v for _, v in vals]))
    env = _env(flat, idx)
    keyvals = [(nm, f(env)) for nm, f in by]
    m = len(idx)
    keycols = []
    for nm, kv in keyvals:
        if kv.t < 0:
            from .keywords.lists import _take_n
            kv = _take_n(m, kv)
        if qv.count(kv) != m:
            raise QError("length")
        keycols.append(kv)
    firsts, groups = T.group_rows(keycols, m)
    knames = [nm for nm, _ in keyvals]
    kcols = [index(kc, Vec(7, firsts)) for kc in keycols]
    if not cols:
        from .keywords.lists import last
        cols = [(c, (lambda env, c=c: last(env[c]))) for c in T.col_names(flat) if c not in knames]
    out = [[] for _ in cols]
    for g in groups:
        genv = _env(flat, idx[g])
        for j, (nm, f) in enumerate(cols):
            out[j].append(_column_value(f(genv)))
    vcols = [_collect(vs, cols[j][1], flat, idx) for j, vs in enumerate(out)]
    return Dict(T.make(knames, kcols), T.make(_dedupe([nm for nm, _ in cols]), vcols))


def _collect(vs, f, flat, idx):
    if vs:
        return qv.from_items(vs)
    # no groups: the column's type from the expression on no rows
    r = f(_env(flat, idx[:0]))
    if r.t < 0:
        return qv.empty(-r.t) if -r.t < 20 else List([])
    return List([])


def _exec(flat, wheres, by, cols):
    idx = _filter(flat, wheres)
    env = _env(flat, idx)
    if by is None:
        if cols is None or not cols:
            from .keywords.lists import last
            return Dict(flat.k, qv.from_items([last(env[c]) for c in T.col_names(flat)]))
        if len(cols) == 1 and cols[0][0] is None:
            return _column_value(cols[0][1](env))
        vals = _eval_cols(cols, env)
        return Dict(qv.syms(_dedupe([nm for nm, _ in vals])), qv.from_items([v for _, v in vals]))
    if len(by) == 1:
        b = by[0][1](env)
        if b.t == -1 and not b.v:
            # exec ... by 0b: the columns as a table
            cols = [(nm if nm is not None else _auto_name_default(), f) for nm, f in cols]
            vals = _eval_cols(cols, env)
            return T.make(_dedupe([nm for nm, _ in vals]), T.conform([v for _, v in vals]))
    keyvals = [(nm, f(env)) for nm, f in by]
    m = len(idx)
    keycols = [kv for _, kv in keyvals]
    for kv in keycols:
        if kv.t < 0 or qv.count(kv) != m:
            raise QError("length")
    firsts, groups = T.group_rows(keycols, m)
    if len(keycols) == 1 and keyvals[0][0] is None:
        keys = index(keycols[0], Vec(7, firsts))
    else:
        keys = T.make([nm for nm, _ in keyvals], [index(kc, Vec(7, firsts)) for kc in keycols])
    if len(cols) == 1 and cols[0][0] is None:
        f = cols[0][1]
        return Dict(keys, qv.from_items([f(_env(flat, idx[g])) for g in groups]) if groups else List([]))
    out = [[] for _ in cols]
    for g in groups:
        genv = _env(flat, idx[g])
        for j, (nm, f) in enumerate(cols):
            out[j].append(f(genv))
    return Dict(keys, T.make([nm for nm, _ in cols], [qv.from_items(vs) for vs in out]))


def _update(flat, wheres, by, cols):
    n = T.nrows(flat)
    idx = _filter(flat, wheres)
    partial = bool(wheres)
    m = len(idx)
    names = T.col_names(flat)
    newcols = list(flat.v)
    if by is None:
        env = _env(flat, idx)
        results = [(nm, _stretch(f(env), m)) for nm, f in cols]
    else:
        env = _env(flat, idx)
        keycols = []
        for nm, f in by:
            kv = f(env)
            if kv.t < 0 or qv.count(kv) != m:
                raise QError("length")
            keycols.append(kv)
        _, groups = T.group_rows_unsorted(keycols, m)
        results = []
        for nm, f in cols:
            rows = [None] * m
            for g in groups:
                r = _stretch(f(_env(flat, idx[g])), len(g))
                its = qv.items(r)
                for p, e in zip(g.tolist(), its):
                    rows[p] = e
            results.append((nm, qv.from_items(rows) if rows else _empty_like(flat, nm)))
    for nm, val in results:
        if nm in names:
            j = names.index(nm)
            old = newcols[j]
            newcols[j] = _scatter(old, idx, val, n) if partial else val
        else:
            names.append(nm)
            newcols.append(_scatter(None, idx, val, n) if partial else val)
    return T.make(names, newcols)


def _empty_like(flat, nm):
    return List([])


def _stretch(v, m):
    if v.t < 0 or v.t >= 100:
        from .keywords.lists import _take_n
        return _take_n(m, v)
    if qv.count(v) != m:
        raise QError("length")
    return v


def _scatter(old, idx, val, n):
    """Column of n rows: val at positions idx, the old column (or nulls for a new one) elsewhere."""
    if old is None:
        if 0 < val.t < 20:
            base = np.full(n, qv.null_value(val.t), dtype=qv.DTYPE[val.t]) if val.t != 11 else \
                np.array([""] * n, dtype=object)
            base[idx] = val.v
            return Vec(val.t, base)
        items = [qv.prototype(qv.items(val)[0]) if qv.count(val) else List([])] * n
        its = qv.items(val)
        for p, e in zip(idx.tolist(), its):
            items[p] = e
        return List(items)
    if 0 < old.t < 20:
        if val.t == old.t:
            v = old.v.copy()
            v[idx] = val.v
            return Vec(old.t, v)
        raise QError("type")
    items = list(qv.items(old))
    for p, e in zip(idx.tolist(), qv.items(val)):
        items[p] = e
    return qv.from_items(items) if items else old


def _delete(flat, wheres, cols):
    if cols:
        drop = [nm for nm, _ in cols]
        names = T.col_names(flat)
        keep = [j for j, nm in enumerate(names) if nm not in drop]
        return T.make([names[j] for j in keep], [flat.v[j] for j in keep])
    n = T.nrows(flat)
    idx = _filter(flat, wheres)
    mask = np.ones(n, dtype=bool)
    mask[idx] = False
    return T.take_rows(flat, np.nonzero(mask)[0])


# ---- parse trees and the functional forms ----------------------------------------------------------------

def eval_tree(e, env, ip=None):
    """Evaluate a parse tree as kdb+'s eval does: a symbol is a name (a column first), a general list
    is an application (first item the function), a one-item list quotes its item, anything else is itself."""
    t = e.t
    if t == -11:
        name = e.v
        if env is not None and name in env:
            return env[name]
        head, dot, tail = name.partition(".")
        if env is not None and dot and head in env:
            return accessor(tail, env[head])
        if name == "":
            return e
        from . import interpreter
        ip = ip or interpreter.CURRENT
        from .verbs import VERBS
        if name in VERBS and name not in ip.globals:
            return VERBS[name]
        return ip.get_global(name)
    if t == 0:
        if not e.v:
            return e
        if len(e.v) == 1:
            return e.v[0]
        args = [eval_tree(a, env, ip) for a in reversed(e.v[1:])][::-1]    # right to left, as q
        f = e.v[0]
        if f.t == -11 or f.t == 0:
            f = eval_tree(f, env, ip)
        return apply(f, args)
    if t == 11 and len(e.v) == 1:
        return Atom(-11, e.v[0])
    if t == 11 and len(e.v) > 1:
        # a symbol list is an application too (which is why parse enlists constant ones): as
        # the by of ?[t;();`c1`c2;`c3] it is c1[c2] (basics/funsql)
        return eval_tree(List([Atom(-11, s) for s in e.v.tolist()]), env, ip)
    return e


def _tree_fn(tree):
    return lambda env: eval_tree(tree, env)


def _wheres(c):
    if c.t == 0:
        return [_tree_fn(w) for w in c.v]
    if qv.count(c) == 0:
        return []
    raise QError("type")


def _pairs(d):
    """name!tree dict -> [(name, fn)]."""
    if d.t != 99 or d.k.t != 11:
        raise QError("type")
    return [(nm, _tree_fn(tr)) for nm, tr in zip(d.k.v.tolist(), qv.items(d.v))]


def _empty(x):
    return x.t >= 0 and x.t < 98 and qv.count(x) == 0


def functional_select(t, c, b, a, *rest):
    """?[t;c;b;a] (ref/select, basics/funsql): select when b is a boolean or a dict and a is () or a
    dict; otherwise exec. Optional 5th/6th arguments are select[n] and the sort (idesc;`col)."""
    from . import interpreter
    ip = interpreter.CURRENT
    wheres = _wheres(c)
    tbl, _ = _resolve(t, ip)
    if tbl.t != 98 and not T.is_keyed(tbl):
        raise QError("type")
    is_select = (b.t == -1 or b.t == 99) and (_empty(a) or a.t == 99)
    if is_select:
        by = _pairs(b) if b.t == 99 else None
        cols = _pairs(a) if a.t == 99 else []
        r = run_query("select", tbl, wheres, by, cols, None, b.t == -1 and bool(b.v), ip)
        if len(rest) >= 2:
            f = rest[1]
            if f.t != 0 or len(f.v) != 2:
                raise QError("nyi")
            order = eval_tree(f, {nm: c for nm, c in zip(T.unkey(r).k.v, T.unkey(r).v)}, ip)
            r = T.take_rows(r, order.v)
        if rest and not (rest[0].t in (-7, -6, -5) and int(rest[0].v) == qv.INF_INT[7]):
            r = _limit(r, [rest[0]])
        return r
    if rest:
        raise QError("rank")
    flat = T.unkey(tbl)
    if _empty(b):
        by = None
    elif b.t in (-11, 11):
        by = [(None, _tree_fn(b))]     # one parse tree; `c1`c2 is c1[c2] (basics/funsql)
    elif b.t == 99:
        by = _pairs(b)
    else:
        raise QError("type")
    if _empty(a):
        cols = []
    elif a.t == 99:
        cols = _pairs(a)
    else:
        cols = [(None, _tree_fn(a))]
    if by is not None and not cols:
        raise QError("nyi")
    return _exec(flat, wheres, by, cols)


def functional_update(t, c, b, a):
    """![t;c;b;a] (ref/update, ref/delete): update when a is a dict, delete columns a (symbols) or
    the rows matching c when a is empty."""
    from . import interpreter
    ip = interpreter.CURRENT
    wheres = _wheres(c)
    by = _pairs(b) if b.t == 99 else None
    if b.t not in (-1, 99) and not _empty(b):
        raise QError("type")
    if a.t == 99:
        return run_query("update", t, wheres, by, _pairs(a), None, False, ip)
    if a.t == 11 or _empty(a):
        cols = [(nm, None) for nm in a.v.tolist()] if a.t == 11 else []
        if cols and wheres:
            raise QError("nyi")
        return run_query("delete", t, wheres, None, cols, None, False, ip)
    raise QError("type")


def simple_exec(t, i, p):
    """?[t;i;p]: expression p (a parse tree) on rows i of table t."""
    from . import interpreter
    ip = interpreter.CURRENT
    tbl, _ = _resolve(t, ip)
    flat = T.unkey(tbl)
    if i.t not in (7, 6, 5, -7, -6, -5):
        raise QError("type")
    idx = np.atleast_1d(np.asarray(i.v, dtype=np.int64))
    return eval_tree(p, _env(flat, idx), ip)
