"""The pure string helpers of the .h namespace (ref/doth): markup, escaping and URI coding.
Only the forms whose result the reference states exactly; the rest stay 'nyi."""
from __future__ import annotations

import numpy as np

from ..errors import QError
from .. import values as qv
from ..verbs import verb

SC = "$-.+!*'(),abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789"   # .h.sc: URI-safe


def _text(x) -> str:
    if x.t == 10:
        return qv.pystr(x)
    raise QError("nyi")      # the reference shows strings only


def _name(x) -> str:
    if x.t in (10, -11):
        return qv.pystr(x)
    raise QError("nyi")


def _lines(x) -> list[str]:
    if x.t == 0:
        return [_text(e) for e in qv.items(x)]
    raise QError("nyi")      # the reference shows a list of strings only


def h_htc(tag, x):
    """.h.htc[tag;x]: x wrapped in the tag."""
    t = _name(tag)
    return qv.string(f"<{t}>{_text(x)}</{t}>")


def h_nbr(x):
    return qv.string(f"<nobr>{_text(x)}</nobr>")


def h_pre(x):
    return qv.string("<pre>" + "".join(s + "\n" for s in _lines(x)) + "</pre>")


def h_xmp(x):
    return qv.string("<xmp>" + "".join(s + "\n" for s in _lines(x)) + "</xmp>")


def h_text(x):
    return qv.string("".join(f"<p>{s}</p>\n" for s in _lines(x)))


def h_hr(x):
    """.h.hr x: a string of dashes as long as x."""
    return qv.string("-" * len(_text(x).encode("utf-8")))


def h_hc(x):
    """.h.hc x: x with < escaped as &lt;."""
    return qv.string(_text(x).replace("<", "&lt;"))


def h_ha(x, y):
    """.h.ha[x;y]: an anchor to x (a symbol goes in unquoted, a string quoted) with text y."""
    href = qv.pystr(x) if x.t == -11 else '"' + _text(x) + '"'
    return qv.string(f"<a href={href}>{_text(y)}</a>")


def h_hb(x, y):
    """.h.hb[x;y]: like .h.ha, with target v."""
    href = qv.pystr(x) if x.t == -11 else '"' + _text(x) + '"'
    return qv.string(f"<a target=v href={href}>{_text(y)}</a>")


def h_hu(x):
    """.h.hu x: x with the characters outside .h.sc as %xx (lower-case hex)."""
    b = _text(x).encode("utf-8")
    return qv.string("".join(chr(c) if chr(c) in SC else "%%%02x" % c for c in b))


def h_uh(x):
    """.h.uh x: the %xx escapes of x decoded."""
    s = _text(x)
    if "+" in s:
        raise QError("nyi")
    out, i = bytearray(), 0
    b = s.encode("utf-8")
    while i < len(b):
        if b[i] == 37 and len(b[i + 1:i + 3]) == 2 and all(chr(c) in "0123456789abcdefABCDEF" for c in b[i + 1:i + 3]):
            out.append(int(b[i + 1:i + 3], 16))
            i += 3
        elif b[i] == 37:
            raise QError("nyi")
        else:
            out.append(b[i])
            i += 1
    return qv.strbytes(bytes(out))


def _attrs(d) -> str:
    if d.t != 99 or d.k.t != 11 or qv.count(d.k) != qv.count(d.v):
        raise QError("nyi")
    return "".join(f' {k}="{_text(v)}"' for k, v in zip(qv.items(d.k), qv.items(d.v)) for k in [qv.pystr(k)])


def h_hta(tag, d):
    """.h.hta[tag;d]: the start tag with the attributes of the dictionary d (symbols to strings)."""
    return qv.string(f"<{_name(tag)}{_attrs(d)}>")


def h_htac(tag, d, x):
    """.h.htac[tag;d;x]: the element tag with attributes d around x."""
    t = _name(tag)
    return qv.string(f"<{t}{_attrs(d)}>{_text(x)}</{t}>")


def h_http(x):
    """.h.http x: each link beginning http:// (up to a blank or a closing parenthesis) made an anchor to itself:
    .h.http "The main page is http://www.example.com" is
    "The main page is <a href=\"http://www.example.com\">http://www.example.com</a>"."""
    s = _text(x)
    parts = s.split("http://")
    if len(parts) == 1:
        return x
    out = parts[0]
    for p in parts[1:]:
        seg = "http://" + p
        ends = [k for k in (seg.find(" "), seg.find(")")) if k >= 0]
        n = min(ends) if ends else len(seg)
        out += f'<a href="{seg[:n]}">{seg[:n]}</a>{seg[n:]}'
    return qv.string(out)


def h_html(x):
    """.h.html x: an HTML document of body x with the style rules .h.sa and .h.sb."""
    from .. import interpreter
    g = interpreter.CURRENT.globals
    sa, sb = g.get(".h.sa"), g.get(".h.sb")
    if sa is None or sb is None or sa.t != 10 or sb.t != 10:
        raise QError("nyi")
    return qv.string(f"<html><head><style>{_text(sa)}{_text(sb)}</style></head><body>{_text(x)}</body></html>")


def h_xs(x):
    """.h.xs x: & escaped as &amp; (the reference shows no other character, so those stay 'nyi)."""
    s = _text(x)
    if any(c in s for c in "<>\"'"):
        raise QError("nyi")
    return qv.string(s.replace("&", "&amp;"))


def h_iso8601(x):
    """.h.iso8601 n: the timestamp n nanoseconds after 2000.01.01 as ISO 8601 text."""
    import datetime
    if x.t not in (-7, -6, -5) or int(x.v) < 0 or x.t == -7 and int(x.v) == qv.NULL_INT[7]:
        raise QError("nyi")
    n = int(x.v)
    d = datetime.datetime(2000, 1, 1) + datetime.timedelta(seconds=n // 10**9)
    return qv.string(d.strftime("%Y-%m-%dT%H:%M:%S") + ".%09d" % (n % 10**9))


NA = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"    # .Q.nA: the base-36 digits of .Q.x12


def q_x12(x):
    """.Q.x12 x: a non-negative long as twelve base-36 digits."""
    if x.t != -7 or int(x.v) < 0:
        raise QError("nyi")
    n = int(x.v)
    out = []
    for _ in range(12):
        n, r = divmod(n, 36)
        out.append(NA[r])
    return qv.string("".join(reversed(out)))


def q_j12(x):
    """.Q.j12 x: the long twelve base-36 digits encode (inverse of .Q.x12)."""
    s = _text(x)
    if len(s) != 12 or any(c not in NA for c in s):
        raise QError("nyi")
    n = int(s, 36)
    if n >= 1 << 63:
        raise QError("nyi")
    return qv.Atom(-7, np.int64(n))


def j_jd(x):
    """.j.jd(x;d): .j.j x with the options of the dictionary d; null0w:1b writes infinities as null (ref/dotj).
    Other options, and null0w on anything but floats, stay 'nyi."""
    from .dotq import j_j
    if x.t != 0 or len(x.v) != 2 or x.v[1].t != 99:
        raise QError("nyi")
    v, d = x.v
    opts = dict(zip(qv.items(d.k), qv.items(d.v))) if qv.count(d.k) else {}
    names = [k.v if k.t == -11 else None for k in opts]
    if any(n != "null0w" for n in names) or any(o.t != -1 for o in opts.values()):
        raise QError("nyi")
    if not opts or not any(bool(o.v) for o in opts.values()):
        return j_j(v)
    if v.t in (-9, -8):
        return j_j(qv.Atom(v.t, v.v if np.isfinite(v.v) else v.v * np.nan))
    if v.t in (9, 8):
        a = v.v.copy()
        a[np.isinf(a)] = np.nan
        return j_j(qv.Vec(v.t, a))
    raise QError("nyi")


def h_xd(x):
    """.h.xd t: a simple table as XML lines: <R>, one <r> per row with an element per column, </R>.
    Only unkeyed tables of boolean, integer and symbol columns whose text needs no escaping."""
    from ..verbs import VERBS
    if x.t != 98 or not qv.count(x) or any(c.t not in (1, 5, 6, 7, 11) for c in x.v):
        raise QError("nyi")
    names = [qv.pystr(k) for k in qv.items(x.k)]
    cols = [[qv.pystr(s) for s in qv.items(VERBS["string"].monad(c))] if c.t != 11 else list(c.v.tolist())
            for c in x.v]
    if any(ch in s for col in cols for s in col for ch in "<>&\"'"):
        raise QError("nyi")
    rows = ["<r>" + "".join(f"<{n}>{col[i]}</{n}>" for n, col in zip(names, cols)) + "</r>"
            for i in range(qv.count(x))]
    return qv.List([qv.string(r) for r in ["<R>"] + rows + ["</R>"]])


def h_code(x):
    """.h.code x: the tab-separated pieces of x, every second one as <code><nobr>..</nobr></code>, joined by blanks."""
    parts = _text(x).split("\t")
    if any(not p for p in parts):
        raise QError("nyi")
    return qv.string(" ".join(f"<code><nobr>{p}</nobr></code>" if i % 2 else p for i, p in enumerate(parts)))


def _table_lines(x, sep, nested):
    """The header and row lines of a table's delimited text (0:), for boolean, integer and symbol columns
    and, where nested, string cells and integer-list cells (their items joined by .h.d)."""
    from ..verbs import VERBS
    from .. import interpreter
    if x.t == 99 and x.k.t == 98 and x.v.t == 98:
        names = list(qv.items(x.k.k)) + list(qv.items(x.v.k))
        cols = list(x.k.v) + list(x.v.v)
    elif x.t == 98:
        names, cols = list(qv.items(x.k)), list(x.v)
    elif x.t == 0 and x.v and all(0 < c.t < 20 for c in x.v) and len({qv.count(c) for c in x.v}) == 1:
        names, cols = None, list(x.v)       # a list of columns: the rows without a header line
    else:
        raise QError("nyi")
    if not cols or not qv.count(cols[0]):
        raise QError("nyi")
    string = VERBS["string"].monad
    out = []
    for c in cols:
        if c.t in (1, 5, 6, 7):
            out.append([qv.pystr(s) for s in qv.items(string(c))])
        elif c.t == 11:
            out.append(list(c.v.tolist()))
        elif c.t == 10:
            out.append([chr(b) for b in c.v.tolist()])
        elif c.t == 0 and nested and all(e.t == 10 for e in c.v):
            out.append([qv.pystr(e) for e in c.v])
        elif c.t == 0 and nested and all(e.t in (5, 6, 7) for e in c.v):
            d = interpreter.CURRENT.globals.get(".h.d")
            if d is None or d.t not in (-10, 10):
                raise QError("nyi")
            out.append([qv.pystr(d).join(qv.pystr(s) for s in qv.items(string(e))) for e in c.v])
        else:
            raise QError("nyi")
    if any(ch in cell for col in out for cell in col for ch in sep + '"\n\r'):
        raise QError("nyi")
    head = [sep.join(qv.pystr(n) for n in names)] if names is not None else []
    lines = head + [sep.join(col[i] for col in out) for i in range(len(out[0]))]
    return qv.List([qv.string(line) for line in lines])


def h_cd(x):
    """.h.cd t: a table as CSV lines; nested cells are joined by .h.d."""
    return _table_lines(x, ",", True)


def h_td(x):
    """.h.td t: a table as tab-separated lines."""
    return _table_lines(x, "\t", False)


# .h.ty: the media types the reference lists (json as .h.hy[`json] shows it); others are 'nyi
_MEDIA = {"htm": "text/html", "html": "text/html", "csv": "text/comma-separated-values", "txt": "text/plain",
          "xml": "text/plain", "xls": "application/msexcel", "gif": "image/gif", "json": "application/json"}


def h_hn(code, ty, x):
    """.h.hn[code;type;content]: an HTTP response: .h.hn["404";`txt;"Not found: favicon.ico"] is
    "HTTP/1.1 404\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: 22\r\n\r\nNot found: favicon.ico"."""
    if ty.t != -11 or str(ty.v) not in _MEDIA:
        raise QError("nyi")
    body = _text(x)
    return qv.string(f"HTTP/1.1 {_text(code)}\r\nContent-Type: {_MEDIA[str(ty.v)]}\r\nConnection: close\r\n"
                     f"Content-Length: {len(body.encode('latin-1'))}\r\n\r\n{body}")


def h_he(x):
    """.h.he x: the 400 Bad Request response of .h.hn with text plain, the text x after a quote."""
    return h_hn(qv.string("400 Bad Request"), qv.sym("txt"), qv.string("'" + _text(x)))


def h_hy(ty, x):
    """.h.hy[type;content]: the 200 OK response of .h.hn."""
    return h_hn(qv.string("200 OK"), ty, x)


def h_xt(ty, x):
    """.h.xt[`json;lines]: each line of JSON parsed by .j.k (other types are 'nyi)."""
    from ..verbs import VERBS
    if ty.t != -11 or str(ty.v) != "json" or x.t != 0:
        raise QError("nyi")
    return qv.List([VERBS[".j.k"].monad(e) for e in x.v])


verb(".h.xt", None, h_xt, t=100)
verb(".h.hn", None, None, extra=h_hn, t=100, rank=3)
verb(".h.hy", None, h_hy, t=100)
verb(".h.htc", None, h_htc, t=100)
verb(".h.nbr", h_nbr, None, t=100)
verb(".h.pre", h_pre, None, t=100)
verb(".h.xmp", h_xmp, None, t=100)
verb(".h.text", h_text, None, t=100)
verb(".h.hr", h_hr, None, t=100)
verb(".h.hc", h_hc, None, t=100)
verb(".h.ha", None, h_ha, t=100)
verb(".h.hb", None, h_hb, t=100)
verb(".h.hu", h_hu, None, t=100)
verb(".h.uh", h_uh, None, t=100)
verb(".h.hta", None, h_hta, t=100)
verb(".h.htac", None, None, extra=h_htac, t=100, rank=3)
verb(".h.xs", h_xs, None, t=100)
verb(".h.http", h_http, None, t=100)
verb(".h.html", h_html, None, t=100)
verb(".h.he", h_he, None, t=100)
verb(".h.iso8601", h_iso8601, None, t=100)
verb(".Q.x12", q_x12, None, t=100)
verb(".j.jd", j_jd, None, t=100)
verb(".h.xd", h_xd, None, t=100)
verb(".h.code", h_code, None, t=100)
verb(".h.cd", h_cd, None, t=100)
verb(".h.td", h_td, None, t=100)
verb(".Q.j12", q_j12, None, t=100)
