"""Guids, byte vs/sv, float matrices (inv lsq mmu) and ss patterns: expected values from the KX docs
(ref/inv, ref/lsq, ref/mmu, ref/vs, ref/sv, ref/tok, ref/guid, basics/datatypes, basics/regex)."""

import pytest

from qconsole import console

A = "a:3 3#2 4 8 3 5 6 0 7 1f"
LSQ_A = "a:1f+3 4#til 12"
LSQ_B3 = "b:3 4#2 7 -2 5 5 3 6 1 -2 5 2 7f"
A2 = "A:(1.1 2.2 3.3;4.4 5.5 6.6;7.7 8.8 9.9)"
B2 = "B:(1.1 2.1 3.1; 2.3 3.4 4.5; 5.6 7.8 9.8)"

CASES = [
    # ref/inv: LU decomposition; the residuals of a mmu inv a are kdb+'s own rounding
    ([A, "inv a"], "-0.4512195  0.6341463  -0.195122\n-0.03658537 0.02439024 0.1463415\n"
                   "0.2560976   -0.1707317 -0.02439024"),
    ([A, "a mmu inv a"], "1 2.220446e-16 -2.775558e-17\n0 1            5.551115e-17\n0 0            1"),
    ([A, "1=a mmu inv a"], "100b\n010b\n001b"),
    (["inv 3 3#til 9"], "'type"),
    # ref/lsq: Cholesky on the normal equations
    ([LSQ_A, "b:4 4#2 7 -2 5 5 3 6 1 -2 5 2 7 5 0 3 4f", "a lsq b"],
     "-0.1233333 0.16      0.4766667 0.28\n0.07666667 0.6933333 0.6766667 0.5466667\n"
     "0.2766667  1.226667  0.8766667 0.8133333"),
    ([LSQ_A, "b:4 4#2 7 -2 5 5 3 6 1 -2 5 2 7 5 0 3 4f", "a ~ (a lsq b) mmu b"], "1b"),
    ([LSQ_A, LSQ_B3, "a lsq b"], "-0.1055556 0.3333333 0.4944444\n0.1113757  1.031746  0.7113757\n"
                                 "0.3283069  1.730159  0.9283069"),
    ([LSQ_A, LSQ_B3, "a - (a lsq b) mmu b"], "0.5333333 -0.7333333 -0.2       0.7333333\n"
                                             "1.04127   -1.431746  -0.3904762 1.431746\n"
                                             "1.549206  -2.130159  -0.5809524 2.130159"),
    ([A2, B2, "A lsq B"], "1.211009  -0.1009174 2.993439e-12\n-2.119266 2.926606   -3.996803e-12\n"
                          "-5.449541 5.954128   -1.758593e-11"),
    ([A2, B2, "A mmu inv B"], "1.211009  -0.1009174 7.105427e-15\n-2.119266 2.926606   0\n"
                              "-5.449541 5.954128   7.105427e-15"),
    # ref/mmu
    (["c:3 3#2 4 8 3 5 6 0 7 1f", "1=c mmu inv c"], "100b\n010b\n001b"),
    (["1 2 3f$4 5 6f"], "32f"),
    # basics/datatypes, ref/tok, ref/sv: guids
    (["0Ng"], "00000000-0000-0000-0000-000000000000"),
    (["null 0Ng"], "1b"),
    (["type 0Ng"], "-2h"),
    (['"G"$"192.0.2.1"'], "00000000-0000-0000-0000-ffffc0000201"),
    (['"G"$"2001:0DB8:85A3:0000:0000:8A2E:0370:7334"'], "20010db8-85a3-0000-0000-8a2e03707334"),
    (['"G"$"2001:0DB8:85A3::8A2E:0370:7334"'], "20010db8-85a3-0000-0000-8a2e03707334"),
    (['"G"$"::8A2E:0370:7334"'], "00000000-0000-0000-0000-8a2e03707334"),
    (['"G"$"::FFFF:192.0.2.1"'], "00000000-0000-0000-0000-ffffc0000201"),
    (['"G"$"::FFFF:c000:201"'], "00000000-0000-0000-0000-ffffc0000201"),
    (["0b sv 10001100011010111000101101100100011010000001010101100000100001000000101000111110000101111000010000000001"
      "001001010001101101101000b"], "8c6b8b64-6815-6084-0a3e-178401251b68"),
    (['g:"G"$"8c680a01-5a49-5aab-5a65-d4bfddb6a661"', "(g=g,0Ng;g~g;null g,0Ng)"], "10b\n1b\n01b"),
    (['g:"G"$"8c680a01-5a49-5aab-5a65-d4bfddb6a661"', "string g"], '"8c680a01-5a49-5aab-5a65-d4bfddb6a661"'),
    (["{([result:key'[x$\\:()]];short:neg x;char:upper .Q.t x)}5h$1 2 4"],
     "result | short char\n-------| ----------\nboolean| -1    B\nguid   | -2    G\nbyte   | -4    X"),
    (['asc "G"$("::1";"::2")'], "'nyi"),
    # learn/q-by-examples: a composition may end in a glyph's derived verb without its right argument
    (["pi:acos -1", "(t:sum{x*x}@(cos;sin)@\\:)pi"], "1f"),
    (["pi:acos -1", "t:sum{x*x}@(cos;sin)@\\:", "t(pi;2*pi;pi*pi)"], "1 1 1f"),
    # ref/take: (#)@x is the projection #[x] (a glyph applied to one argument projects, as +[2] does);
    # shapes of more than two dimensions with a null, a negative or an inner zero are 'domain
    (["all`domain=@[;1 2;{`$x}]each(#)@'(1 0 2;2 3 0N;0N 2 1;-1 2 3)"], "1b"),
    (["(#)@1 0 2"], "#[1 0 2]"),
    (["2 3 0N#1 2"], "'domain"),
    # ref/amend (the unary form): a glyph applied at an index projects
    (['@[("ssd";"bsd");0;+]'], '+["ssd"]\n"bsd"'),
    # ref/cast: "*" and 0h are identity
    (['("*";0h)$1'], "1 1"),
    # kb/unicode: a NUL in source text
    (["value `char$50 0 43 0 51 0"], "'char"),
    # ref/vs, ref/sv: bytes split and joined at a byte separator
    (["0x02 vs 0x0102010201"], ",0x01\n,0x01\n,0x01"),
    (["0x0203 vs 0x000102030405"], "0x0001\n0x0405"),
    (["0x03 sv 0x02 vs 0x0102010201"], "0x0103010301"),
    (["0x02 sv (enlist 0x01;enlist 0x01;enlist 0x01)"], "0x0102010201"),
    (["10 vs(1995;1996 1997)"], "1 1 1\n9 9 9\n9 9 9\n5 6 7"),
    # basics/exposed-infrastructure: x\:y is vs, x/:y is sv on a noun x; base 0x40 fills a long's 64 bits
    (["0x40 vs 2"], "0x00000000000000000002"),
    (["(0x40\\:)2"], "0x00000000000000000002"),
    (["(10/:)2 3 5 7"], "2357"),
    # basics/regex: ss has no * wildcard and no empty pattern
    (['"A grown man in a gown" ss ""'], "'length"),
    (['s:"Now is the time for all good men to come to the aid of the party."', 's ss "t*e"'], "'length"),
    (['s:"Now is the time for all good men to come to the aid of the party."', 's ss "t?e"'], "7 44 55"),
]


@pytest.mark.parametrize("lines,expected", CASES, ids=[c[0][-1] for c in CASES])
def test_guid_bytes_matrix(lines, expected):
    assert console(*lines) == expected
