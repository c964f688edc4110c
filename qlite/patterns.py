"""Pattern matching (basics/pattern): a pattern tree from the parser compiled into a matcher
m(fr, v, binds) -> v. The matcher checks v, collects (name, local, value) in binds and returns v with the
results of its filter functions in place; the names are set only once the whole pattern matched.
"""
from __future__ import annotations

from .errors import QError
from . import values as qv
from . import parser as P
from .match import match


class NoMatch(QError):
    """A failed match ('match, 'type, 'length): the pattern conditional goes on to its next pattern."""


def _dict_value(v):
    """A dictionary that is not a keyed table; other values are 'nyi (kdb+'s answer is not documented)."""
    if v.t != 99 or v.k.t == 98:
        raise QError("nyi")
    return v


def _columns(t):
    """The column dictionary of a table."""
    return qv.Dict(t.k, qv.List(list(t.v)))


def _same(out, v):
    """A filter function inside a dictionary or table pattern changes a part: how kdb+ rebuilds it is 'nyi."""
    if out is not v:
        raise QError("nyi")
    return v


def compile_pattern(comp, p):
    """The matcher of pattern p; comp (the evaluator's Compiler) compiles filter expressions and resolves names."""
    if isinstance(p, P.PNull):
        return lambda fr, v, binds: v

    if isinstance(p, P.PConst):
        c = p.v

        def const(fr, v, binds):
            if not match(c, v):
                raise NoMatch("match")
            return v
        return const

    if isinstance(p, P.PName):
        name = p.name
        local = comp.scope is not None and name in comp.scope
        key = name if local else comp.gname(name)

        def bind(fr, v, binds):
            binds.append((key, local, v))
            return v
        return bind

    if isinstance(p, P.PList):
        ms = [compile_pattern(comp, e) for e in p.items]

        def lst(fr, v, binds):
            # a list, or a table as the list of its rows; an atom or a dictionary is 'nyi
            if not (0 <= v.t <= 20 or v.t == 98):
                raise QError("nyi")
            its = qv.items(v)
            if len(its) != len(ms):
                raise NoMatch("length")
            out = [m(fr, e, binds) for m, e in zip(ms, its)]
            if all(o is e for o, e in zip(out, its)):
                return v
            if v.t == 98:
                raise QError("nyi")
            return qv.from_items(out)
        return lst

    if isinstance(p, P.PDict):
        keys = qv.items(p.keys)
        ms = [compile_pattern(comp, e) for e in p.items]

        def dct(fr, v, binds):
            d = _dict_value(v)
            have = qv.items(d.k)
            vals = d.v
            for k, m in zip(keys, ms):
                j = next((i for i, e in enumerate(have) if match(k, e)), None)
                if j is None:
                    raise NoMatch("match")       # the value has no such key
                e = qv.item(vals, j)
                _same(m(fr, e, binds), e)
            return v
        return dct

    if isinstance(p, P.PTable):
        mk = compile_pattern(comp, p.keys) if p.keys is not None else None
        mc = compile_pattern(comp, p.cols)

        def tbl(fr, v, binds):
            if mk is None and v.t == 98:
                mc(fr, _columns(v), binds)
                return v
            if mk is not None and v.t == 99 and v.k.t == 98:
                mk(fr, _columns(v.k), binds)
                mc(fr, _columns(v.v), binds)
                return v
            raise QError("nyi")
        return tbl

    if isinstance(p, P.PBang):
        mk = compile_pattern(comp, p.key)
        mv = compile_pattern(comp, p.value)

        def bang(fr, v, binds):
            d = _dict_value(v)
            _same(mk(fr, d.k, binds), d.k)
            _same(mv(fr, d.v, binds), d.v)
            return v
        return bang

    if isinstance(p, P.PFlip):
        m = compile_pattern(comp, p.pat)

        def flp(fr, v, binds):
            if v.t != 98:
                raise QError("nyi")
            cols = _columns(v)
            _same(m(fr, cols, binds), cols)
            return v
        return flp

    if isinstance(p, P.PType):
        m = compile_pattern(comp, p.pat)
        c = p.t
        want = qv.CHAR_TYPE[c.lower()] * (1 if c.isupper() else -1)

        def typed(fr, v, binds):
            if v.t != want:
                raise NoMatch("type")
            return m(fr, v, binds)
        return typed

    if isinstance(p, P.PFilter):
        from .funcs import apply
        m = compile_pattern(comp, p.pat)
        cf = comp.c(p.f)

        def filtered(fr, v, binds):
            try:
                r = apply(cf(fr), [v])
            except NoMatch as e:
                raise QError(e.name)     # the filter's own error, not a failed match of this pattern
            return m(fr, r, binds)
        return filtered

    raise QError("nyi")


def commit(ip, fr, binds):
    """Set the names a successful match bound."""
    for key, local, _ in binds:
        if not local:
            ip.check_assign(key)
    for key, local, v in binds:
        if local:
            fr[key] = v
        else:
            ip.globals[key] = v


def names(p):
    """The names pattern p sets, in order."""
    if isinstance(p, P.PName):
        return [p.name]
    out = []
    for slot in p.__slots__:
        e = getattr(p, slot)
        for x in e if isinstance(e, list) else [e]:
            if isinstance(x, (P.PNull, P.PConst, P.PName, P.PList, P.PDict, P.PTable, P.PBang, P.PFlip,
                              P.PType, P.PFilter)):
                out += names(x)
    return out
