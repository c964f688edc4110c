"""Part B of the built-in set (qrl-0201..qrl-0310): sorting, searching, simulation, dynamic
programming, greedy, matrices, number theory, parsing, a few tables, and harder problems.
Each problem carries a Python oracle; expected values are the oracle's results, never the q
reference's output.  `python -m data.authoring.part_b` writes data/problems/part_b.jsonl.
"""
from __future__ import annotations

import bisect
import math
import sys
from collections import Counter, deque
from itertools import permutations

from data.authoring.build import PROBLEMS_DIR, Out, Q, Spec, write

SPECS: list[Spec] = []

MATRIX = ("list", "J")
STRINGS = ("list", "C")
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def P(id_: int, title: str, difficulty: str, tags: list[str], statement: str, args, returns,
      reference: str, wrong, cases, oracle, **kw) -> None:
    """Add one problem (id qrl-0201..qrl-0310; ids are stable, never reuse one)."""
    SPECS.append(Spec(id=f"qrl-{id_:04d}", title=title, difficulty=difficulty, tags=tags, statement=statement,
                      args=args, returns=returns, reference=reference, wrong=wrong,
                      cases=[_case(c, args) for c in cases],
                      oracle=oracle, **kw))


def _case(c, args) -> tuple:
    """Cases of one-argument problems may be the bare value; a nested value (matrix, list of
    strings) is written wrapped in a one-item list, `[value]`."""
    if isinstance(c, tuple):
        return c
    if len(args) == 1 and isinstance(args[0][1], tuple) and not isinstance(c, Q):
        return (c[0],)
    return (c,)


def til(n: int) -> Q:
    return Q(f"til {n}", list(range(n)))


def prand(n: int, m: int, mult: int = 7919, off: int = 0) -> Q:
    """A deterministic scrambled long list: off+(mult*i) mod m for i in til n."""
    text = f"({mult}*til {n}) mod {m}"
    if off:
        text = f"{off}+{text}"
    return Q(text, [off + (mult * i) % m for i in range(n)])


def take(n: int, items: list, text: str) -> Q:
    """`n#items` in q (cycling), with `text` the q literal of items."""
    return Q(f"{n}#{text}", [items[i % len(items)] for i in range(n)])


# ------------------------------------------------------------------------------------ sorting

def _freq_sort(nums):
    c = Counter(nums)
    return sorted(nums, key=lambda v: (c[v], -v))


P(201, "Sort by increasing frequency", "medium", ["sorting", "dicts"],
  "Sort `nums` so that values occurring fewer times come first. Values with the same frequency "
  "are ordered by decreasing value. Every occurrence stays in the result.",
  [("nums", "J")], "J",
  "solve:{[nums] n:desc nums; n iasc (count each group nums) n}",
  [("solve:{[nums] n:asc nums; n iasc (count each group nums) n}", "ties ordered by increasing value"),
   ("solve:{[nums] n:desc nums; n idesc (count each group nums) n}", "most frequent first")],
  [[1, 1, 2, 2, 2, 3], [2, 3, 1, 3, 2], [-1, 1, -6, 4, 5, -6, 1, 4, 1], [], [7], [5, 5, 5],
   [0, -1, -1, 2], [4, 4, 9, 9, 1, 1, 1], take(100000, list(range(7)), "til 7")],
  _freq_sort, outputs={8: Out("(14285#6),(14285#5),raze 14286#/:4 3 2 1 0",
                              [6] * 14285 + [5] * 14285 + sum(([v] * 14286 for v in (4, 3, 2, 1, 0)), []))})

P(202, "Sort words by length", "easy", ["sorting", "strings"],
  "Sort the strings in `words` by increasing length. Strings of equal length keep their "
  "original relative order (stable sort).",
  [("words", STRINGS)], STRINGS,
  "solve:{[words] words iasc count each words}",
  [("solve:{[words] asc words}", "sorts alphabetically"),
   ("solve:{[words] words idesc count each words}", "longest first")],
  [[["apple", "fig", "banana", "kiwi"]], [["bb", "a", "cc", "d"]], [["hello"]],
   [["ab", "", "c"]], [["xyz", "ab", "q", "rs", "t"]], [["same", "four", "size"]],
   [["ccc", "bb", "a"]], [["a", "bb", "a", "ccc", "bb"]]],
  lambda words: sorted(words, key=len))

P(203, "Relative sort", "medium", ["sorting", "lists"],
  "Sort `arr` so that values appearing in `order` (distinct values) come first, in the order "
  "they appear in `order` (with all their repetitions); the remaining values follow in "
  "ascending order.",
  [("arr", "J"), ("order", "J")], "J",
  "solve:{[arr;order] r:arr where arr in order; (r iasc order?r),asc arr where not arr in order}",
  [("solve:{[arr;order] (order where order in arr),asc arr where not arr in order}", "drops repeated values"),
   ("solve:{[arr;order] arr iasc order?arr}", "values missing from order keep their original order instead of ascending")],
  [([2, 3, 1, 3, 2, 4, 6, 7, 9, 2, 19], [2, 1, 4, 3, 9, 6]), ([28, 6, 22, 8, 44, 17], [22, 28, 8, 6]),
   ([], [1, 2]), ([5, 3, 1], []), ([1, 1, 1], [1]), ([9, -1, 4, -1], [4]),
   ([3, 2, 1], [7, 8]), ([4, 5, 4, 5], [5, 4])],
  lambda arr, order: sorted([a for a in arr if a in order], key=order.index)
  + sorted(a for a in arr if a not in order))

P(204, "Dense rank", "easy", ["sorting"],
  "Replace each element of `nums` by its rank: the smallest value has rank 1, equal values "
  "share a rank, and ranks have no gaps.",
  [("nums", "J")], "J",
  "solve:{[nums] 1+(asc distinct nums)?nums}",
  [("solve:{[nums] 1+rank nums}", "ordinal rank: equal values get different ranks"),
   ("solve:{[nums] (asc distinct nums)?nums}", "ranks start at 0")],
  [[40, 10, 20, 30], [100, 100, 100], [37, 12, 28, 9, 100, 56, 80, 5, 12], [], [-4], [3, -3, 0, 3],
   [5, 4, 3, 2, 1], [2, 2, 1, 1], prand(100000, 1000)],
  lambda nums: (lambda r: [r[v] for v in nums])({v: i + 1 for i, v in enumerate(sorted(set(nums)))}),
  outputs={8: Out("1+(7919*til 100000) mod 1000", [1 + (7919 * i) % 1000 for i in range(100000)])})

P(205, "Sort by parity", "easy", ["sorting", "lists"],
  "Return `nums` with all even numbers first and all odd numbers after them; within each group "
  "keep the original order.",
  [("nums", "J")], "J",
  "solve:{[nums] nums iasc nums mod 2}",
  [("solve:{[nums] nums idesc nums mod 2}", "odd numbers first"),
   ("solve:{[nums] (asc nums where 0=nums mod 2),asc nums where 1=nums mod 2}", "sorts each group")],
  [[3, 1, 2, 4], [0], [], [1, 3, 5], [2, 4, 6], [-3, -2, 7, 8, -1], [5, 2, 9, 0, 4, 1],
   [10, 7, 3, 6], take(100000, [1, 2], "1 2")],
  lambda nums: [v for v in nums if v % 2 == 0] + [v for v in nums if v % 2],
  outputs={8: Out("(50000#2),50000#1", [2] * 50000 + [1] * 50000)}, family="parity")

P(206, "H-index", "medium", ["sorting"],
  "`citations` gives the citation count of each paper. Return the h-index: the largest h such "
  "that at least h papers have at least h citations each.",
  [("citations", "J")], "j",
  "solve:{[citations] count where (desc citations)>=1+til count citations}",
  [("solve:{[citations] sum (desc citations)>=1+til count citations}", "wrong type: sum of booleans is an int"),
   ("solve:{[citations] count where (desc citations)>1+til count citations}", "strict comparison")],
  [[3, 0, 6, 1, 5], [1, 3, 1], [], [0], [100], [0, 0, 0], [4, 4, 4, 4], [10, 8, 5, 4, 3],
   [2, 2], til(100000)],
  lambda c: max(h for h in range(len(c) + 1) if sum(1 for x in c if x >= h) >= h) if len(c) < 1000
  else sum(1 for i, x in enumerate(sorted(c, reverse=True)) if x >= i + 1))

P(207, "Minimum absolute difference", "easy", ["sorting"],
  "Return the minimum absolute difference between two elements at different positions of `nums` "
  "(`count nums >= 2`).",
  [("nums", "J")], "j",
  "solve:{[nums] min 1_deltas asc nums}",
  [("solve:{[nums] min deltas asc nums}", "the first delta is the smallest element itself"),
   ("solve:{[nums] min abs 1_deltas nums}", "only compares neighbours in the original order")],
  [[4, 2, 1, 3], [1, 10, 20], [3, 8, -10, 23, 19, -4, -14, 27], [5, 5], [-7, 100], [100, 1, 50, 2],
   [0, -1, 1], [30, 10, 21], prand(100000, 10000000, mult=104729)],
  lambda nums: min(b - a for a, b in zip(sorted(nums), sorted(nums)[1:])))

P(208, "Largest perimeter triangle", "medium", ["sorting", "greedy"],
  "Given side lengths `nums` (positive), return the largest perimeter of a triangle with "
  "non-zero area formed from three of them, or 0 if no such triangle exists.",
  [("nums", "J")], "j",
  "solve:{[nums] d:desc nums; i:til 0|(count d)-2; ok:d[i]<d[i+1]+d i+2; $[any ok;sum d (first where ok)+til 3;0]}",
  [("solve:{[nums] sum 3#desc nums}", "does not check the triangle inequality"),
   ("solve:{[nums] d:desc nums; i:til 0|(count d)-2; ok:d[i]<=d[i+1]+d i+2; $[any ok;sum d (first where ok)+til 3;0]}", "accepts degenerate (zero-area) triangles")],
  [[2, 1, 2], [1, 2, 1, 10], [3, 2, 3, 4], [3, 6, 2, 3], [1, 1], [5], [1, 2, 3], [10, 10, 10],
   [1, 1, 2, 100, 3, 4], Q("1+til 100000", list(range(1, 100001)))],
  lambda nums: max([a + b + c for a, b, c in zip(sorted(nums, reverse=True), sorted(nums, reverse=True)[1:],
                                                   sorted(nums, reverse=True)[2:]) if a < b + c] or [0]))


def _char_freq(s):
    c = Counter(s)
    return "".join(ch * c[ch] for ch in sorted(c, key=lambda ch: (-c[ch], ch)))


P(209, "Sort characters by frequency", "medium", ["sorting", "strings", "dicts"],
  "Rearrange the characters of `s` so that characters occurring more often come first, each "
  "character's occurrences together. Characters with equal counts are ordered by their ASCII "
  "code, smallest first.",
  [("s", "C")], "C",
  "solve:{[s] if[0=count s;:\"\"]; c:count each group s; k:asc key c; k:k idesc c k; raze (c k)#'k}",
  [("solve:{[s] s idesc (count each group s) s}", "characters with equal counts stay interleaved"),
   ("solve:{[s] if[0=count s;:\"\"]; c:count each group s; k:desc key c; k:k idesc c k; raze (c k)#'k}", "ties ordered by largest character code")],
  ["tree", "cccaaa", "Aabb", "", "z", "abab", "112233 3", "banana", "mississippi"],
  _char_freq)


def _inversions(nums):
    return sum(1 for i in range(len(nums)) for j in range(i + 1, len(nums)) if nums[i] > nums[j])


P(210, "Count inversions", "hard", ["sorting", "lists"],
  "Return the number of pairs of positions i < j with `nums[i] > nums[j]`.",
  [("nums", "J")], "j",
  "solve:{[nums] sum {[x;i] count where x[i]>(i+1)_x}[nums] each til count nums}",
  [("solve:{[nums] sum {[x;i] count where x[i]>=(i+1)_x}[nums] each til count nums}", "counts equal pairs too"),
   ("solve:{[nums] sum {[x;i] sum x[i]>(i+1)_x}[nums] each til count nums}", "wrong type: sums of booleans are ints")],
  [[2, 4, 1, 3, 5], [1, 2, 3], [3, 2, 1], [7], [5, 5, 5], [-1, -3, 2, 0], [1, 20, 6, 4, 5],
   [2, 1, 2, 1], prand(2000, 997)],
  _inversions)


def _topk(nums, k):
    c = Counter(nums)
    return sorted(c, key=lambda v: (-c[v], v))[:k]


P(211, "Top k frequent elements", "medium", ["sorting", "dicts"],
  "Return the `k` most frequent values of `nums`, most frequent first; values with equal "
  "frequency are ordered smallest first. `k` is at most the number of distinct values.",
  [("nums", "J"), ("k", "j")], "J",
  "solve:{[nums;k] c:count each group nums; v:asc key c; k#v idesc c v}",
  [("solve:{[nums;k] k#key desc count each group nums}", "ties ordered by first appearance, not by value"),
   ("solve:{[nums;k] c:count each group nums; v:asc key c; k#v iasc c v}", "least frequent first")],
  [([1, 1, 1, 2, 2, 3], 2), ([1], 1), ([4, 4, 1, 1, 2], 2), ([9, 3, 9, 3, 5], 3), ([-1, -1, 2], 1),
   ([7, 6, 5], 2), ([2, 2, 3, 3, 3, 1], 1), ([5, 1, 5, 1, 2, 2, 2], 2), (prand(100000, 100, mult=13), 3)],
  _topk)

P(212, "Minimum moves to equal elements", "medium", ["sorting", "math"],
  "In one move you may increment or decrement one element of `nums` by 1. Return the minimum "
  "number of moves needed to make all elements equal.",
  [("nums", "J")], "j",
  "solve:{[nums] m:(asc nums) (count nums) div 2; sum abs nums-m}",
  [("solve:{[nums] m:\"j\"$avg nums; sum abs nums-m}", "aims at the (rounded) mean instead of the median"),
   ("solve:{[nums] (max nums)-min nums}", "only the spread of the values")],
  [[1, 2, 3], [1, 10, 2, 9], [], [5], [1, 2, 3, 100], [-5, 5], [7, 7, 7], [1, 0, 0, 8, 6],
   prand(100000, 1000)],
  lambda nums: min(sum(abs(x - m) for x in nums) for m in set(nums)) if 0 < len(nums) < 1000
  else (0 if not nums else (lambda m: sum(abs(x - m) for x in nums))(sorted(nums)[len(nums) // 2])))

# ------------------------------------------------------------------------------------ searching




P(213, "Count at most each query", "easy", ["searching"],
  "`nums` is sorted ascending. For each value in `queries`, count how many elements of `nums` "
  "are less than or equal to it. Return a long list, one count per query.",
  [("nums", "J"), ("queries", "J")], "J",
  "solve:{[nums;queries] 1+nums bin queries}",
  [("solve:{[nums;queries] nums bin queries}", "off by one"),
   ("solve:{[nums;queries] {count where x<y}[nums] each queries}", "counts strictly smaller elements")],
  [([1, 3, 3, 5, 8], [0, 3, 4, 8, 9]), ([], [1, 2]), ([1, 2, 3], []), ([5], [5]),
   ([-5, -1, 0], [-3]), ([2, 2, 2], [1, 2, 3]), ([1, 4, 9], [10, 4, 1]), ([0, 10], [5, 5]),
   (til(100000), [-1, 0, 500, 99999, 200000])],
  lambda nums, queries: [bisect.bisect_right(nums, q) for q in queries])

P(214, "Integer square root", "easy", ["math", "searching"],
  "Return the largest long `r` with `r*r <= n`, for `0 <= n <= 10^12`.",
  [("n", "j")], "j",
  "solve:{[n] floor sqrt n}",
  [("solve:{[n] \"j\"$sqrt n}", "rounds to nearest instead of down"),
   ("solve:{[n] sqrt n}", "wrong type: returns a float")],
  [4, 8, 0, 1, 15, 16, 99, 1000000000000, 999999999999, 2147395600],
  math.isqrt)

P(215, "Find the duplicate", "easy", ["searching", "dicts"],
  "Exactly one value in `nums` occurs more than once (possibly many times); all other values "
  "occur once. Return that value.",
  [("nums", "J")], "j",
  "solve:{[nums] g:count each group nums; first (key g) where 1<value g}",
  [("solve:{[nums] (sum nums)-sum til count nums}", "assumes the values are 1..n-1 with one value repeated once"),
   ("solve:{[nums] first nums where 1<count each group nums}", "indexes nums by the dictionary's keys")],
  [[1, 3, 4, 2, 2], [3, 1, 3, 4, 2], [7, 7], [5, -1, 5, 5], [10, 20, 30, 20], [0, 0, 0, 1],
   [-4, 3, -4], [2, 9, 9, 9, 1], Q("4999,til 5000", [4999] + list(range(5000)))],
  lambda nums: next(v for v, c in Counter(nums).items() if c > 1))


def _two_sum_sorted(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i + 1, j + 1]


P(216, "Two sum in a sorted list", "medium", ["searching"],
  "`nums` is sorted ascending and exactly one pair of positions i < j has "
  "`nums[i]+nums[j] = target`. Return the 1-based positions `i j` as a long list.",
  [("nums", "J"), ("target", "j")], "J",
  "solve:{[nums;target] j:nums bin target-nums; i:first where (j>til count nums)&target=nums[j]+nums; 1+i,j i}",
  [("solve:{[nums;target] j:nums bin target-nums; i:first where (j>til count nums)&target=nums[j]+nums; i,j i}", "0-based positions"),
   ("solve:{[nums;target] j:nums bin target-nums; i:first where (j>til count nums)&target=nums[j]+nums; nums i,j i}", "returns the values, not the positions")],
  [([2, 7, 11, 15], 9), ([2, 3, 4], 6), ([-1, 0], -1), ([3, 3], 6), ([1, 2, 4, 9], 13),
   ([-5, -2, 0, 7], 2), ([1, 5, 10, 20], 11), ([0, 4, 8, 100], 108), (til(100000), 199997)],
  lambda nums, target: _two_sum_sorted(nums, target) if len(nums) < 1000 else [99999, 100000])


def _ship(weights, days):
    def need(cap):
        d, load = 1, 0
        for w in weights:
            if load + w > cap:
                d, load = d + 1, 0
            load += w
        return d
    cap = max(weights)
    while need(cap) > days:
        cap += 1
    return cap


P(217, "Ship within days", "hard", ["searching", "greedy"],
  "Packages with `weights` must be shipped in order within `days` days; each day the ship "
  "loads consecutive packages up to its capacity. Return the least capacity that ships all "
  "packages in time.",
  [("weights", "J"), ("days", "j")], "j",
  "solve:{[weights;days] f:{[w;c] first {[c;s;x] $[c<x+s 1;(1+s 0;x);(s 0;x+s 1)]}[c]/[1 0;w]}[weights]; "
  "lo:max weights; hi:sum weights; while[lo<hi; m:(lo+hi) div 2; $[days>=f m;hi:m;lo:m+1]]; lo}",
  [("solve:{[weights;days] f:{[w;c] first {[c;s;x] $[c<x+s 1;(1+s 0;x);(s 0;x+s 1)]}[c]/[1 0;w]}[weights]; "
    "lo:1; hi:sum weights; while[lo<hi; m:(lo+hi) div 2; $[days>=f m;hi:m;lo:m+1]]; lo}",
    "lower bound below the heaviest package"),
   ("solve:{[weights;days] f:{[w;c] first {[c;s;x] $[c<x+s 1;(1+s 0;x);(s 0;x+s 1)]}[c]/[1 0;w]}[weights]; "
    "lo:max weights; hi:sum weights; while[lo<hi; m:(lo+hi) div 2; $[days>f m;hi:m;lo:m+1]]; lo}",
    "strict comparison on the number of days")],
  [([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5), ([3, 2, 2, 4, 1, 4], 3), ([1, 2, 3, 1, 1], 4), ([10], 1),
   ([1, 1, 1, 10], 2), ([5, 5, 5], 3), ([5, 5, 5], 1), ([7, 2, 5, 10, 8], 2),
   (Q("1+til 300", list(range(1, 301))), 7)],
  _ship)

P(218, "K closest elements", "medium", ["searching", "sorting"],
  "`arr` is sorted ascending. Return the `k` elements closest to `x`, in ascending order. When "
  "two elements are equally close, the smaller one is preferred. `k <= count arr`.",
  [("arr", "J"), ("k", "j"), ("x", "j")], "J",
  "solve:{[arr;k;x] asc arr k#iasc abs arr-x}",
  [("solve:{[arr;k;x] k#arr iasc abs arr-x}", "not sorted back into ascending order"),
   ("solve:{[arr;k;x] k#iasc abs arr-x}", "returns positions, not values")],
  [([1, 2, 3, 4, 5], 4, 3), ([1, 2, 3, 4, 5], 4, -1), ([1, 1, 2, 3, 4, 5], 4, -1), ([5], 1, 100),
   ([1, 3], 1, 2), ([-10, -5, 0, 5, 10], 3, 6), ([1, 2, 3, 4, 5], 2, 10), ([0, 0, 1, 1], 3, 1),
   (til(100000), 3, 50000)],
  lambda arr, k, x: sorted(sorted(arr, key=lambda v: (abs(v - x), v))[:k]))

# ------------------------------------------------------------------------------------ simulation


def _baseball(ops):
    st = []
    for o in ops:
        if o == "+":
            st.append(st[-1] + st[-2])
        elif o == "D":
            st.append(2 * st[-1])
        elif o == "C":
            st.pop()
        else:
            st.append(int(o))
    return sum(st)


P(219, "Baseball score keeper", "easy", ["simulation", "stacks", "parsing"],
  "Each string in `ops` is an integer (record that score), `\"+\"` (record the sum of the last "
  "two scores), `\"D\"` (record double the last score) or `\"C\"` (remove the last score). "
  "Return the sum of the recorded scores at the end. Operations are always valid.",
  [("ops", STRINGS)], "j",
  "solve:{[ops] sum {[s;o] c:first o; $[\"+\"=c;s,sum -2#s;\"D\"=c;s,2*last s;\"C\"=c;-1_s;s,\"J\"$o]}/[0#0;ops]}",
  [("solve:{[ops] sum {[s;o] c:first o; $[\"+\"=c;s,sum 2#s;\"D\"=c;s,2*last s;\"C\"=c;-1_s;s,\"J\"$o]}/[0#0;ops]}", "\"+\" adds the first two scores, not the last two"),
   ("solve:{[ops] sum {[s;o] c:first o; $[\"+\"=c;s,sum -2#s;\"D\"=c;s,2*last s;\"C\"=c;1_s;s,\"J\"$o]}/[0#0;ops]}", "\"C\" removes the first score")],
  [[["5", "2", "C", "D", "+"]], [["5", "-2", "4", "C", "D", "9", "+", "+"]], [["1", "C"]], [[]],
   [["7"]], [["3", "D", "D", "D"]], [["-5", "-5", "+", "C", "C"]], [["10", "20", "30", "+", "C", "C"]]],
  _baseball)



def _josephus(n, k):
    people = list(range(1, n + 1))
    i = 0
    while len(people) > 1:
        i = (i + k - 1) % len(people)
        people.pop(i)
    return people[0]


P(220, "Josephus survivor", "medium", ["simulation", "math"],
  "`n` people numbered 1..n stand in a circle. Counting starts at person 1; every `k`-th person "
  "is removed and counting continues with the next one. Return the number of the last person "
  "left.",
  [("n", "j"), ("k", "j")], "j",
  "solve:{[n;k] 1+{[k;j;i] (j+k) mod i}[k]/[0;2+til n-1]}",
  [("solve:{[n;k] {[k;j;i] (j+k) mod i}[k]/[0;2+til n-1]}", "0-based answer"),
   ("solve:{[n;k] 1+{[k;j;i] (j+k) mod i}[k]/[0;1+til n-1]}", "stops one circle size short")],
  [(5, 2), (6, 5), (1, 3), (2, 1), (7, 3), (10, 10), (41, 3), (3, 1), (100, 7)],
  _josephus, examples=1)


def _life(board):
    r, c = len(board), len(board[0])
    out = []
    for i in range(r):
        row = []
        for j in range(c):
            n = sum(board[a][b] for a in range(i - 1, i + 2) for b in range(j - 1, j + 2)
                    if (a, b) != (i, j) and 0 <= a < r and 0 <= b < c)
            row.append(1 if n == 3 or (n == 2 and board[i][j]) else 0)
        out.append(row)
    return out


P(221, "Game of life step", "medium", ["simulation", "matrices"],
  "`board` is a non-empty matrix of 0 (dead) and 1 (alive). Return the board after one step of "
  "Conway's Game of Life: a live cell with 2 or 3 live neighbours (of 8) stays alive, a dead cell "
  "with exactly 3 becomes alive, every other cell is dead. Cells outside the board are dead.",
  [("board", MATRIX)], MATRIX,
  "solve:{[board] z:0*first board; v:board+(enlist[z],-1_board)+(1_board),enlist z; "
  "h:v+({0,-1_x} each v)+{(1_x),0} each v; n:h-board; \"j\"$(n=3)|(n=2)&board=1}",
  [("solve:{[board] z:0*first board; v:board+(enlist[z],-1_board)+(1_board),enlist z; "
    "h:v+({0,-1_x} each v)+{(1_x),0} each v; n:h; \"j\"$(n=3)|(n=2)&board=1}", "counts the cell itself as a neighbour"),
   ("solve:{[board] v:board+(-1 rotate board)+1 rotate board; h:v+({-1 rotate x} each v)+{1 rotate x} each v; "
    "n:h-board; \"j\"$(n=3)|(n=2)&board=1}", "wraps around the edges")],
  [[[[0, 1, 0], [0, 0, 1], [1, 1, 1], [0, 0, 0]]], [[[1, 1], [1, 0]]], [[[1]]], [[[1, 1, 1]]],
   [[[0, 0, 0], [1, 1, 1], [0, 0, 0]]], [[[1, 0, 0, 1], [0, 0, 0, 0], [1, 0, 0, 1]]],
   [[[1, 1, 0, 0], [1, 1, 0, 0], [0, 0, 1, 1], [0, 0, 1, 1]]], [[[0, 0], [0, 0]]],
   [[[1], [1], [1]]]],
  _life)


def _asteroids(a):
    st = []
    for x in a:
        alive = True
        while alive and x < 0 and st and st[-1] > 0:
            if st[-1] < -x:
                st.pop()
            elif st[-1] == -x:
                st.pop()
                alive = False
            else:
                alive = False
        if alive:
            st.append(x)
    return st


P(222, "Asteroid collision", "medium", ["simulation", "stacks"],
  "Each value in `asteroids` (non-zero) is an asteroid: its size is the absolute value, positive "
  "moves right, negative moves left, all at the same speed. When two meet, the smaller one "
  "explodes; equal sizes both explode. Return the asteroids left after all collisions, in order.",
  [("asteroids", "J")], "J",
  "solve:{[asteroids] {[s;a] if[a>0;:s,a]; while[(0<last s)&(last s)<neg a; s:-1_s]; "
  "$[0<last s;$[(last s)=neg a;-1_s;s];s,a]}/[0#0;asteroids]}",
  [("solve:{[asteroids] {[s;a] if[a>0;:s,a]; while[(0<last s)&(last s)<neg a; s:-1_s]; "
    "$[0<last s;s;s,a]}/[0#0;asteroids]}", "equal sizes do not both explode"),
   ("solve:{[asteroids] {[s;a] if[a>0;:s,a]; if[(0<last s)&(last s)<neg a; s:-1_s]; "
    "$[0<last s;$[(last s)=neg a;-1_s;s];s,a]}/[0#0;asteroids]}", "a left-moving asteroid destroys at most one")],
  [[5, 10, -5], [8, -8], [10, 2, -5], [-2, -1, 1, 2], [], [3], [1, 2, 3, -10], [-5, 5],
   [4, -4, 4, -4, 6], take(5000, [2, -1], "2 -1"), [1, 5, -5], [-1, 5, -10], [-1, 5, -3], [3, 1], [1, -1]],
  _asteroids, outputs={9: Out("2500#2", [2] * 2500)})


def _spiral(m):
    out = []
    m = [list(r) for r in m]
    while m:
        out += m.pop(0)
        if m and m[0]:
            for r in m:
                out.append(r.pop())
        if m:
            out += m.pop()[::-1]
        if m and m[0]:
            for r in m[::-1]:
                out.append(r.pop(0))
        m = [r for r in m if r]
    return out


P(223, "Spiral order", "medium", ["matrices", "simulation"],
  "Return the elements of the matrix `m` in clockwise spiral order, starting at the top-left "
  "corner. An empty matrix `()` gives an empty long list.",
  [("m", MATRIX)], "J",
  "solve:{[m] $[1<count m;first[m],solve reverse flip 1_m;count m;first m;0#0]}",
  [("solve:{[m] raze m}", "row-major order, not a spiral"),
   ("solve:{[m] $[1<count m;first[m],solve flip reverse 1_m;count m;first m;0#0]}", "turns the wrong way")],
  [[[[1, 2, 3], [4, 5, 6], [7, 8, 9]]], [[[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]], [[]],
   [[[7]]], [[[1, 2, 3]]], [[[1], [2], [3]]], [[[1, 2], [3, 4], [5, 6]]], [[[-1, -2], [-3, -4]]]],
  _spiral)


def _tickets(t, k):
    t = list(t)
    time = 0
    q = deque(range(len(t)))
    while True:
        i = q.popleft()
        t[i] -= 1
        time += 1
        if t[i] == 0:
            if i == k:
                return time
        else:
            q.append(i)


P(224, "Time to buy tickets", "easy", ["simulation", "queues"],
  "People stand in a queue; person i wants `tickets[i]` tickets (each >= 1). Buying one ticket "
  "takes one second, after which the person goes to the back of the queue (or leaves when done). "
  "Return the seconds until person `k` (0-based) has all their tickets.",
  [("tickets", "J"), ("k", "j")], "j",
  "solve:{[tickets;k] t:tickets k; sum tickets&t-(til count tickets)>k}",
  [("solve:{[tickets;k] sum tickets&tickets k}", "people behind k also get their last turn counted"),
   ("solve:{[tickets;k] t:tickets k; sum tickets&t-(til count tickets)>=k}", "person k's own last turn is missed")],
  [([2, 3, 2], 2), ([5, 1, 1, 1], 0), ([1], 0), ([3, 3, 3], 1), ([1, 1, 1, 1], 3), ([4, 2, 5, 1], 2),
   ([9, 1], 1), ([2, 2], 0), (Q("100000#5", [5] * 100000), 50000)],
  _tickets)





def _rule90(cells, steps):
    c = list(cells)
    for _ in range(steps):
        c = [(c[i - 1] if i > 0 else False) != (c[i + 1] if i + 1 < len(c) else False)
             for i in range(len(c))]
    return c


P(225, "Rule 90 automaton", "medium", ["simulation", "bits"],
  "`cells` is a boolean list. In one step every cell becomes the XOR of its left and right "
  "neighbours (cells beyond the ends count as 0). Return the cells after `steps` steps.",
  [("cells", "B"), ("steps", "j")], "B",
  "solve:{[cells;steps] steps{(prev x)<>next x}/cells}",
  [("solve:{[cells;steps] steps{(-1 rotate x)<>1 rotate x}/cells}", "wraps around the ends"),
   ("solve:{[cells;steps] (steps-1){(prev x)<>next x}/cells}", "one step too few")],
  [([False, False, True, False, False], 1), ([False, False, False, True, False, False, False], 3),
   ([True], 1), ([], 4), ([True, True], 0), ([True, False, False, True], 2),
   ([True, True, True, True, True], 5), ([False, True, False], 1),
   (Q("(500#0b),1b,500#0b", [False] * 500 + [True] + [False] * 500), 64)],
  _rule90, outputs={8: Out("(436#0b),1b,(127#0b),1b,436#0b",
                           [False] * 436 + [True] + [False] * 127 + [True] + [False] * 436)})


def _gas(gas, cost):
    n = len(gas)
    ok = []
    for s in range(n):
        tank = 0
        for k in range(n):
            i = (s + k) % n
            tank += gas[i] - cost[i]
            if tank < 0:
                break
        else:
            ok.append(s)
    assert len(ok) <= 1
    return ok[0] if ok else -1


P(226, "Gas station", "medium", ["greedy", "simulation"],
  "Stations on a circle have `gas[i]` fuel; driving from station i to i+1 costs `cost[i]`. "
  "Starting with an empty tank, return the index of the station from which you can drive around "
  "the circle once, or -1 if impossible (the answer is unique when it exists).",
  [("gas", "J"), ("cost", "J")], "j",
  "solve:{[gas;cost] s:sums gas-cost; $[0>last s;-1;(1+s?min s) mod count s]}",
  [("solve:{[gas;cost] s:sums gas-cost; $[0>last s;-1;s?min s]}", "off by one: the start is after the lowest point"),
   ("solve:{[gas;cost] d:gas-cost; $[0>sum d;-1;first where d>=0]}", "first station with a non-negative balance")],
  [([1, 2, 3, 4, 5], [3, 4, 5, 1, 2]), ([2, 3, 4], [3, 4, 3]), ([5], [4]), ([1], [2]),
   ([2, 0, 3, 1], [1, 3, 1, 0]), ([3, 1, 1], [1, 2, 2]), ([0, 0, 7], [2, 2, 2]), ([4, 1], [3, 3]),
   ([1, 1, 1, 5], [2, 2, 2, 1])],
  _gas)


def _lemonade(bills):
    f = t = 0
    for b in bills:
        if b == 5:
            f += 1
        elif b == 10:
            if not f:
                return False
            f, t = f - 1, t + 1
        elif t and f:
            f, t = f - 1, t - 1
        elif f >= 3:
            f -= 3
        else:
            return False
    return True


P(227, "Lemonade change", "easy", ["greedy", "simulation"],
  "Lemonade costs 5. Customers pay in order with bills of 5, 10 or 20 given in `bills`; you "
  "start with no change. Return whether you can give every customer correct change.",
  [("bills", "J")], "b",
  "solve:{[bills] last {[s;b] f:s 0; t:s 1; $[b=5;(f+1;t;s 2);b=10;(f-1;t+1;s[2]&f>0);"
  "t>0;(f-1;t-1;s[2]&f>0);(f-3;t;s[2]&f>2)]}/[(0;0;1b);bills]}",
  [("solve:{[bills] last {[s;b] f:s 0; t:s 1; $[b=5;(f+1;t;s 2);b=10;(f-1;t+1;s[2]&f>0);"
    "f>2;(f-3;t;s 2);(f-1;t-1;s[2]&(f>0)&t>0)]}/[(0;0;1b);bills]}", "gives three 5s before using a 10"),
   ("solve:{[bills] last {[s;b] f:s 0; t:s 1; $[b=5;(f+1;t;s 2);b=10;(f-1;t+1;s[2]&f>0);(f;t;s 2)]}/[(0;0;1b);bills]}",
    "never checks change for 20")],
  [[5, 5, 5, 10, 20], [5, 5, 10, 10, 20], [], [5], [10], [5, 20], [5, 5, 5, 5, 10, 20, 10],
   [5, 5, 10, 20, 5, 5, 5, 20], take(4000, [5, 5, 10, 20], "5 5 10 20"), [5, 5, 20], [5, 10], [5, 10, 5, 20, 10],
   [5, 10, 5, 20, 5, 20], [5, 5, 5, 20, 10], [5, 10, 10]],
  _lemonade)

# ------------------------------------------------------------------------------------ dynamic programming


def _stairs(n):
    a, b = 1, 1
    for _ in range(n):
        a, b = b, a + b
    return a


P(228, "Climbing stairs", "easy", ["dynamic programming"],
  "You climb a staircase of `n` steps (`1 <= n <= 90`), taking 1 or 2 steps at a time. Return the "
  "number of distinct ways to reach the top.",
  [("n", "j")], "j",
  "solve:{[n] first n{(x 1;sum x)}/1 1}",
  [("solve:{[n] last n{(x 1;sum x)}/1 1}", "off by one"),
   ("solve:{[n] first n{(x 1;sum x)}/0 1}", "plain Fibonacci numbers, shifted by one")],
  [2, 3, 1, 4, 5, 10, 45, 90],
  lambda n: _stairs(n))


def _rob(nums):
    best = {}

    def go(i):
        if i >= len(nums):
            return 0
        if i not in best:
            best[i] = max(go(i + 1), nums[i] + go(i + 2))
        return best[i]
    return go(0) if len(nums) < 500 else _rob_iter(nums)


def _rob_iter(nums):
    a = b = 0
    for v in nums:
        a, b = b, max(b, a + v)
    return b


P(229, "House robber", "medium", ["dynamic programming"],
  "`nums` (non-negative) is the money in houses along a street. Adjacent houses cannot both be "
  "robbed. Return the most money that can be robbed.",
  [("nums", "J")], "j",
  "solve:{[nums] last {[s;v] (s 1;(s 1)|v+s 0)}/[0 0;nums]}",
  [("solve:{[nums] i:til count nums; (sum nums where 0=i mod 2)|sum nums where 1=i mod 2}", "only tries every other house"),
   ("solve:{[nums] last {[s;v] (s 1;(s 0)|v+s 1)}/[0 0;nums]}", "mixes up the two previous states")],
  [[1, 2, 3, 1], [2, 7, 9, 3, 1], [], [5], [2, 1], [2, 1, 1, 2], [0, 0, 0], [10, 1, 1, 10, 1, 1, 10],
   prand(5000, 1000)],
  _rob)



def _lis_brute(nums):
    best = [1] * len(nums)
    for i in range(len(nums)):
        for j in range(i):
            if nums[j] < nums[i]:
                best[i] = max(best[i], best[j] + 1)
    return max(best, default=0)


P(230, "Longest increasing subsequence", "medium", ["dynamic programming", "searching"],
  "Return the length of the longest strictly increasing subsequence (not necessarily "
  "contiguous) of `nums`.",
  [("nums", "J")], "j",
  "solve:{[nums] count {[t;x] i:1+t bin x-1; $[i<count t;@[t;i;:;x];t,x]}/[0#0;nums]}",
  [("solve:{[nums] count {[t;x] i:1+t bin x; $[i<count t;@[t;i;:;x];t,x]}/[0#0;nums]}", "non-strict: equal values extend the sequence"),
   ("solve:{[nums] count {[t;x] $[x>last t;t,x;t]}/[0#0;nums]}", "greedy: only appends")],
  [[10, 9, 2, 5, 3, 7, 101, 18], [0, 1, 0, 3, 2, 3], [7, 7, 7, 7], [], [4], [5, 4, 3, 2, 1],
   [-2, -1, 0, 5, 1, 2], [3, 10, 2, 1, 20], prand(2000, 1009)],
  lambda nums: _lis_brute(nums))


def _coins(coins, amount):
    inf = float("inf")
    d = [0] + [inf] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a:
                d[a] = min(d[a], d[a - c] + 1)
    return -1 if d[amount] == inf else d[amount]


P(231, "Coin change: fewest coins", "medium", ["dynamic programming"],
  "Return the fewest coins (each value in `coins` available without limit) that sum to "
  "`amount`, or -1 if it cannot be made. An amount of 0 needs 0 coins.",
  [("coins", "J"), ("amount", "j")], "j",
  "solve:{[coins;amount] big:amount+1; d:{[coins;big;d;a] c:coins where coins<=a; "
  "d,$[count c;big&1+min d a-c;big]}[coins;big]/[enlist 0;1+til amount]; r:last d; $[r=big;-1;r]}",
  [("solve:{[coins;amount] r:{[s;c] (s[0]+s[1] div c;s[1] mod c)}/[(0;amount);desc coins]; $[r 1;-1;r 0]}", "greedy: largest coin first"),
   ("solve:{[coins;amount] big:amount+1; d:{[coins;big;d;a] c:coins where coins<=a; "
    "d,$[count c;big&1+min d a-c;big]}[coins;big]/[enlist 0;1+til amount]; last d}", "no -1 when impossible")],
  [([1, 2, 5], 11), ([2], 3), ([1], 0), ([1, 3, 4], 6), ([2, 5, 10, 1], 27), ([186, 419, 83, 408], 1500),
   ([5], 5), ([3, 7], 5), ([1, 5, 10, 25], 2000), ([1], 3)],
  _coins, family="coins")


def _ways(coins, amount):
    d = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            d[a] += d[a - c]
    return d[amount]


P(232, "Coin change: number of ways", "medium", ["dynamic programming"],
  "Return the number of combinations (order does not matter) of coins from `coins` (distinct "
  "values, each available without limit) that sum to `amount`. An amount of 0 has one way.",
  [("coins", "J"), ("amount", "j")], "j",
  "solve:{[coins;amount] f:{[d;c] {[c;d;i] @[d;i;+;d i-c]}[c]/[d;c+til (count d)-c]}; "
  "last f/[1,amount#0;coins where coins<=amount]}",
  [("solve:{[coins;amount] d:{[coins;d;a] d,sum d a-coins where coins<=a}[coins]/[enlist 1;1+til amount]; last d}",
    "counts ordered sequences, not combinations"),
   ("solve:{[coins;amount] f:{[d;c] {[c;d;i] @[d;i;+;d i-c]}[c]/[d;c+til (count d)-c]}; "
    "$[amount=0;0;last f/[1,amount#0;coins where coins<=amount]]}", "zero ways for amount 0")],
  [([1, 2, 5], 5), ([2], 3), ([10], 10), ([1], 0), ([1, 2], 3), ([3, 5, 7], 20), ([7], 3),
   ([2, 5, 3, 6], 10), ([1, 2, 5, 10, 20, 50, 100, 200], 200)],
  _ways, family="coins")


def _edit(a, b):
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        for j in range(len(b) + 1):
            if i == 0 or j == 0:
                d[i][j] = i + j
            else:
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
    return d[len(a)][len(b)]


P(233, "Edit distance", "hard", ["dynamic programming", "strings"],
  "Return the minimum number of single-character insertions, deletions and substitutions that "
  "turn string `a` into string `b`.",
  [("a", "C"), ("b", "C")], "j",
  "solve:{[a;b] j:til 1+count b; f:{[b;j;p;c] t:(1+first p),(1+1_p)&(-1_p)+c<>b; j+mins t-j}[b;j]; last f/[j;a]}",
  [("solve:{[a;b] j:til 1+count b; f:{[b;j;p;c] (1+first p),(1+1_p)&(-1_p)+c<>b}[b;j]; last f/[j;a]}", "never inserts within a row"),
   ("solve:{[a;b] j:til 1+count b; f:{[b;j;p;c] t:(first p),(1+1_p)&(-1_p)+c<>b; j+mins t-j}[b;j]; last f/[j;a]}", "forgets the cost of deleting the prefix")],
  [("horse", "ros"), ("intention", "execution"), ("", ""), ("abc", ""), ("", "ab"), ("a", "ab"),
   ("kitten", "sitting"), ("same", "same"), ("abcdef", "azced"), ("sunday", "saturday"), ("ab", "b"), ("aaa", "a")],
  _edit)


def _lcs(a, b):
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = d[i - 1][j - 1] + 1 if a[i - 1] == b[j - 1] else max(d[i - 1][j], d[i][j - 1])
    return d[len(a)][len(b)]


P(234, "Longest common subsequence", "medium", ["dynamic programming", "strings"],
  "Return the length of the longest common subsequence (not necessarily contiguous) of the "
  "strings `a` and `b`.",
  [("a", "C"), ("b", "C")], "j",
  "solve:{[a;b] f:{[b;p;c] maxs p|0,(1+-1_p)*c=b}[b]; last f/[(1+count b)#0;a]}",
  [("solve:{[a;b] count a inter b}", "counts shared characters, ignoring order"),
   ("solve:{[a;b] f:{[b;p;c] p|0,(1+-1_p)*c=b}[b]; last f/[(1+count b)#0;a]}", "does not carry the best value along the row")],
  [("abcde", "ace"), ("abc", "abc"), ("abc", "def"), ("", "abc"), ("abc", ""), ("abc", "cba"),
   ("ab", "ba"), ("bsbininm", "jmjkbkjkv"), ("aaaa", "aa"),
   (Q("300#\"abcde\"", ("abcde" * 60)), Q("200#\"edcba\"", ("edcba" * 40)))],
  _lcs)


def _paths(grid):
    r, c = len(grid), len(grid[0])
    d = [[0] * c for _ in range(r)]
    for i in range(r):
        for j in range(c):
            if grid[i][j]:
                continue
            if i == 0 and j == 0:
                d[i][j] = 1
            else:
                d[i][j] = (d[i - 1][j] if i else 0) + (d[i][j - 1] if j else 0)
    return d[r - 1][c - 1]


P(235, "Unique paths with obstacles", "medium", ["dynamic programming", "matrices"],
  "`grid` is a non-empty matrix of 0 (free) and 1 (obstacle). Moving only right or down, return "
  "the number of paths from the top-left to the bottom-right cell that avoid obstacles.",
  [("grid", MATRIX)], "j",
  "solve:{[grid] n:count first grid; last {[p;row] {[a;v;o] $[o;0;a+v]}\\[0;p;row]}/[1,(n-1)#0;grid]}",
  [("solve:{[grid] n:count first grid; last {[p;row] {[a;v;o] a+v}\\[0;p;row]}/[1,(n-1)#0;grid]}", "ignores obstacles"),
   ("solve:{[grid] n:count first grid; last {[p;row] {[a;v;o] $[o;0;a+v]}\\[0;p;row]}/[n#1;grid]}", "assumes the whole first row is reachable")],
  [[[[0, 0, 0], [0, 1, 0], [0, 0, 0]]], [[[0, 1], [0, 0]]], [[[0]]], [[[1]]], [[[0, 0, 0, 0]]],
   [[[0, 1, 0]]], [[[0], [0], [0]]], [[[0, 0], [1, 1], [0, 0]]], [[[0, 0, 0], [0, 0, 0], [0, 0, 1]]],
   [[[0] * 17 for _ in range(17)]]],
  _paths)


def _min_path(grid):
    r, c = len(grid), len(grid[0])
    d = [[0] * c for _ in range(r)]
    for i in range(r):
        for j in range(c):
            prev = [d[i - 1][j]] * (i > 0) + [d[i][j - 1]] * (j > 0)
            d[i][j] = grid[i][j] + (min(prev) if prev else 0)
    return d[r - 1][c - 1]


P(236, "Minimum path sum", "medium", ["dynamic programming", "matrices"],
  "`grid` is a non-empty matrix of longs. Moving only right or down from the top-left to the "
  "bottom-right cell, return the smallest possible sum of the cells on the path (both ends "
  "included).",
  [("grid", MATRIX)], "j",
  "solve:{[grid] n:count first grid; last {[p;row] {[a;v;x] x+a&v}\\[0W;p;row]}/[0,(n-1)#0W;grid]}",
  [("solve:{[grid] n:count first grid; last {[p;row] {[a;v;x] x+a|v}\\[0W;p;row]}/[0,(n-1)#0W;grid]}", "takes the larger neighbour"),
   ("solve:{[grid] (sum first grid)+sum 1_last each grid}", "only the path along the top row then down the right column")],
  [[[[1, 3, 1], [1, 5, 1], [4, 2, 1]]], [[[1, 2, 3], [4, 5, 6]]], [[[7]]], [[[1, 2, 3]]], [[[1], [2], [3]]],
   [[[1, 9, 9], [1, 9, 9], [1, 1, 1]]], [[[-1, 5], [2, -3]]], [[[5, 1], [1, 5]]]],
  _min_path)


def _partition(nums):
    s = sum(nums)
    if s % 2:
        return False
    reach = {0}
    for v in nums:
        reach |= {r + v for r in reach}
    return s // 2 in reach


P(237, "Partition equal subset sum", "medium", ["dynamic programming"],
  "Return whether the positive numbers in `nums` can be split into two groups with equal sums "
  "(an empty list splits into two empty groups).",
  [("nums", "J")], "b",
  "solve:{[nums] s:sum nums; if[s mod 2;:0b]; h:s div 2; "
  "r:{[h;r;x] r|(h+1)#(x#0b),r}[h]/[1b,h#0b;nums]; r h}",
  [("solve:{[nums] 0=(sum nums) mod 2}", "only checks that the total is even"),
   ("solve:{[nums] b:{[b;x] $[b[0]<=b 1;(b[0]+x;b 1);(b 0;b[1]+x)]}/[0 0;desc nums]; b[0]=b 1}", "greedy: puts each number in the lighter group")],
  [[1, 5, 11, 5], [1, 2, 3, 5], [], [2], [1, 1], [3, 3, 2, 2, 2], [100, 1, 1, 98], [2, 2, 3, 5],
   [1, 2, 5], Q("1+til 200", list(range(1, 201)))],
  _partition)


def _word_break(s, words):
    ok = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        ok[i] = any(ok[i - len(w)] and s[i - len(w):i] == w for w in words if len(w) <= i)
    return ok[-1]


P(238, "Word break", "medium", ["dynamic programming", "strings"],
  "Return whether the string `s` can be split into a sequence of one or more words from `words` "
  "(non-empty strings; a word may be reused). The empty string can always be split.",
  [("s", "C"), ("words", STRINGS)], "b",
  "solve:{[s;words] ok:{[s;words;ok;i] ok,any {[s;ok;i;w] k:count w; $[k>i;0b;ok[i-k]&w~s (i-k)+til k]}[s;ok;i] each words}"
  "[s;words]/[enlist 1b;1+til count s]; last ok}",
  [("solve:{[s;words] ok:{[s;words;ok;i] ok,any {[s;ok;i;w] k:count w; $[k>i;0b;ok[i-k]|w~s (i-k)+til k]}[s;ok;i] each words}"
    "[s;words]/[enlist 1b;1+til count s]; last ok}", "or instead of and: any earlier split point counts"),
   ("solve:{[s;words] while[count s; m:words where {[s;w] w~(count w)#s}[s] each words; if[0=count m;:0b]; s:(count first m)_s]; 1b}",
    "greedy: takes the first word that matches")],
  [("leetcode", ["leet", "code"]), ("applepenapple", ["apple", "pen"]),
   ("catsandog", ["cats", "dog", "sand", "and", "cat"]), ("", ["a"]), ("a", ["a"]), ("b", ["a"]),
   ("aab", ["a", "aab"]), ("aaaaaaab", ["a", "aa", "aaa"]), ("abcd", ["a", "abc", "b", "cd"]), ("a", ["ab"])],
  _word_break)


def _decode(s):
    if not s:
        return 0
    d = [1] + [0] * len(s)
    for i in range(1, len(s) + 1):
        if s[i - 1] != "0":
            d[i] += d[i - 1]
        if i >= 2 and 10 <= int(s[i - 2:i]) <= 26:
            d[i] += d[i - 2]
    return d[-1]


P(239, "Decode ways", "medium", ["dynamic programming", "strings"],
  "Letters A..Z are encoded as `\"1\"`..`\"26\"`. Return the number of ways to decode the digit "
  "string `s` (codes have no leading zeros; the empty string has 0 ways).",
  [("s", "C")], "j",
  "solve:{[s] if[0=count s;:0]; d:\"0123456789\"?s; "
  "f:{[st;pc] (st 1;(st[1]*pc[1]>0)+st[0]*((10*pc 0)+pc 1) within 10 26)}; last f/[0 1;flip (0N,-1_d;d)]}",
  [("solve:{[s] if[0=count s;:0]; d:\"0123456789\"?s; "
    "f:{[st;pc] (st 1;(st 1)+st[0]*((10*pc 0)+pc 1) within 10 26)}; last f/[0 1;flip (0N,-1_d;d)]}", "decodes a lone \"0\""),
   ("solve:{[s] if[0=count s;:0]; d:\"0123456789\"?s; "
    "f:{[st;pc] (st 1;(st[1]*pc[1]>0)+st[0]*((10*pc 0)+pc 1) within 1 26)}; last f/[0 1;flip (0N,-1_d;d)]}", "accepts two-digit codes with a leading zero")],
  ["12", "226", "0", "06", "10", "", "105", "11106", "2611055971756562", Q("60#\"1\"", "1" * 60), "27"],
  _decode)


def _max_product(nums):
    best = None
    for i in range(len(nums)):
        p = 1
        for j in range(i, len(nums)):
            p *= nums[j]
            best = p if best is None else max(best, p)
    return best


P(240, "Maximum product subarray", "medium", ["dynamic programming"],
  "Return the largest product of a non-empty contiguous sublist of `nums` (`nums` is not empty; "
  "products fit in a long).",
  [("nums", "J")], "j",
  "solve:{[nums] s:{[mm;x] c:(x;x*mm 0;x*mm 1); (max c;min c)}\\[1 1;nums]; max first each s}",
  [("solve:{[nums] s:{y|x*y}\\nums; max s}", "tracks only the maximum, losing negative times negative"),
   ("solve:{[nums] max prds nums}", "only sublists starting at the first element")],
  [[2, 3, -2, 4], [-2, 0, -1], [-2, 3, -4], [5], [-5], [2, -5, -2, -4, 3], [0, 2], [-1, -1, -1],
   [3, -1, 4, -1, 5, -9]],
  _max_product)


def _longest_pal(s):
    best = ""
    for i in range(len(s)):
        for j in range(i, len(s)):
            t = s[i:j + 1]
            if t == t[::-1] and len(t) > len(best):
                best = t
    return best


P(241, "Longest palindromic substring", "medium", ["strings", "dynamic programming"],
  "Return the longest contiguous substring of `s` that reads the same backwards. If several have "
  "the maximum length, return the leftmost. The empty string gives `\"\"`.",
  [("s", "C")], "C",
  "solve:{[s] n:count s; if[n=0;:\"\"]; l:n; while[l>0; c:s (til 1+n-l)+\\:til l; ok:c~'reverse each c; "
  "if[any ok;:c first where ok]; l-:1]}",
  [("solve:{[s] n:count s; if[n=0;:\"\"]; l:n; while[l>0; c:s (til 1+n-l)+\\:til l; ok:c~'reverse each c; "
    "if[any ok;:c last where ok]; l-:1]}", "returns the rightmost of equally long palindromes"),
   ("solve:{[s] n:count s; if[n=0;:\"\"]; l:n-1; while[l>0; c:s (til 1+n-l)+\\:til l; ok:c~'reverse each c; "
    "if[any ok;:c first where ok]; l-:1]}", "never considers the whole string")],
  ["babad", "cbbd", "", "a", "ac", "racecar", "abba", "forgeeksskeegfor", "abcde"],
  _longest_pal)


def _knap(weights, values, cap):
    best = 0
    n = len(weights)
    d = [0] * (cap + 1)
    for i in range(n):
        for c in range(cap, weights[i] - 1, -1):
            d[c] = max(d[c], d[c - weights[i]] + values[i])
    best = d[cap]
    return best


P(242, "0/1 knapsack", "medium", ["dynamic programming"],
  "Item i has weight `weights[i]` (>= 1) and value `values[i]` (>= 0). Each item can be taken at "
  "most once. Return the largest total value with total weight at most `cap` (>= 0).",
  [("weights", "J"), ("values", "J"), ("cap", "j")], "j",
  "solve:{[weights;values;cap] last {[c;dp;wv] dp|(c+1)#(wv[0]#0),wv[1]+dp}[cap]/[(cap+1)#0;flip (weights;values)]}",
  [("solve:{[weights;values;cap] o:idesc values%weights; "
    "r:{[s;wv] $[wv[0]<=s 0;(s[0]-wv 0;s[1]+wv 1);s]}/[(cap;0);flip (weights o;values o)]; r 1}", "greedy by value per weight"),
   ("solve:{[weights;values;cap] last {[c;dp;wv] dp|c#(wv[0]#0),wv[1]+dp}[cap]/[cap#0;flip (weights;values)]}", "capacity off by one")],
  [([10, 20, 30], [60, 100, 120], 50), ([1, 3, 4, 5], [1, 4, 5, 7], 7), ([5], [10], 4), ([5], [10], 5),
   ([1, 1, 1], [1, 2, 3], 0), ([2, 3], [3, 4], 5), ([4, 2, 3], [10, 4, 7], 5), ([1, 2], [5, 5], 10)],
  _knap)


def _triangle(tri):
    best = {}

    def go(i, j):
        if i == len(tri):
            return 0
        if (i, j) not in best:
            best[i, j] = tri[i][j] + min(go(i + 1, j), go(i + 1, j + 1))
        return best[i, j]
    return go(0, 0)


P(243, "Triangle minimum path", "medium", ["dynamic programming"],
  "`tri` is a triangle: row i (0-based) is a long list of i+1 numbers. Going from the top, each "
  "step moves to one of the two adjacent numbers in the row below. Return the minimum path sum.",
  [("tri", MATRIX)], "j",
  "solve:{[tri] first {[r;row] row+(-1_r)&1_r}/[last tri;reverse -1_tri]}",
  [("solve:{[tri] s:first first tri; j:0; i:1; while[i<count tri; r:tri i; j:j+r[j+1]<r j; s+:r j; i+:1]; s}", "greedy: picks the smaller child"),
   ("solve:{[tri] sum min each tri}", "minimum of each row, ignoring adjacency")],
  [[[[2], [3, 4], [6, 5, 7], [4, 1, 8, 3]]], [[[-10]]], [[[1], [2, 3]]], [[[1], [2, 3], [9, 9, 1], [9, 9, 9, 1]]],
   [[[5], [-1, 9], [100, 100, 1]]], [[[0], [0, 0], [0, 0, 0]]], [[[1], [1, 2], [1, 9, 9], [9, 9, 9, 0]]],
   [[[3], [7, 4], [2, 4, 6], [8, 5, 9, 3]]]],
  _triangle)



def _stock2(prices):
    best = {}

    def go(i, holding):
        if i == len(prices):
            return 0
        if (i, holding) not in best:
            if holding:
                best[i, holding] = max(go(i + 1, True), prices[i] + go(i + 1, False))
            else:
                best[i, holding] = max(go(i + 1, False), -prices[i] + go(i + 1, True))
        return best[i, holding]
    return go(0, False)


P(244, "Stock trading, many transactions", "easy", ["greedy", "dynamic programming"],
  "`prices[i]` is a stock's price on day i. You may hold at most one share at a time and trade "
  "as often as you like. Return the largest total profit.",
  [("prices", "J")], "j",
  "solve:{[prices] sum 0|1_deltas prices}",
  [("solve:{[prices] sum 0|deltas prices}", "counts the first price as a gain"),
   ("solve:{[prices] sum 1_deltas prices}", "includes losing days")],
  [[7, 1, 5, 3, 6, 4], [1, 2, 3, 4, 5], [7, 6, 4, 3, 1], [], [5], [3, 1, 3], [2, 2, 5], [5, 1, 2, 0, 9]],
  _stock2, family="stock")


def _stock_cool(prices):
    best = {}

    def go(i, state):  # state 0: free, 1: holding
        if i >= len(prices):
            return 0
        if (i, state) not in best:
            if state:
                best[i, state] = max(go(i + 1, 1), prices[i] + go(i + 2, 0))
            else:
                best[i, state] = max(go(i + 1, 0), -prices[i] + go(i + 1, 1))
        return best[i, state]
    return go(0, 0)


P(245, "Stock trading with cooldown", "hard", ["dynamic programming"],
  "`prices[i]` is a stock's price on day i. You may hold at most one share and trade as often as "
  "you like, but after selling you cannot buy on the next day. Return the largest total profit.",
  [("prices", "J")], "j",
  "solve:{[prices] r:{[s;p] (s[0]|s[2]-p;s[0]+p;s[2]|s 1)}/[(-0W;0;0);prices]; max 1_r}",
  [("solve:{[prices] r:{[s;p] (s[0]|(s[2]|s 1)-p;s[0]+p;s[2]|s 1)}/[(-0W;0;0);prices]; max 1_r}", "no cooldown after selling"),
   ("solve:{[prices] sum 0|1_deltas prices}", "ignores the cooldown entirely")],
  [[1, 2, 3, 0, 2], [1], [], [1, 2], [2, 1], [1, 2, 4], [6, 1, 6, 4, 3, 0, 2], [1, 4, 2, 7], [3, 3, 5, 0, 0, 3, 1, 4]],
  _stock_cool, family="stock")


def _can_jump(nums):
    reach = 0
    for i, v in enumerate(nums):
        if i > reach:
            return False
        reach = max(reach, i + v)
    return True


P(246, "Jump game", "medium", ["greedy", "dynamic programming"],
  "Starting at index 0 of the non-empty list `nums` (non-negative), from index i you may jump "
  "forward up to `nums[i]` positions. Return whether the last index can be reached.",
  [("nums", "J")], "b",
  "solve:{[nums] n:count nums; all (-1_maxs nums+til n)>=1+til n-1}",
  [("solve:{[nums] all 0<-1_nums}", "rejects every zero, even ones that can be jumped over"),
   ("solve:{[nums] n:count nums; all (maxs nums+til n)>=1+til n}", "also requires jumping past the last index")],
  [[2, 3, 1, 1, 4], [3, 2, 1, 0, 4], [0], [2, 0, 0], [1, 0], [0, 1], [1, 1, 0, 1], [5, 0, 0, 0, 0, 0],
   Q("100000#1", [1] * 100000)],
  _can_jump, family="jump")


def _jumps(nums):
    n = len(nums)
    d = [0] + [None] * (n - 1)
    for i in range(n):
        for j in range(i + 1, min(n, i + nums[i] + 1)):
            if d[j] is None or d[j] > d[i] + 1:
                d[j] = d[i] + 1
    return d[-1]


P(247, "Jump game II", "medium", ["greedy", "dynamic programming"],
  "From index i of `nums` you may jump forward up to `nums[i]` positions; the last index is "
  "always reachable. Return the minimum number of jumps from index 0 to the last index.",
  [("nums", "J")], "j",
  "solve:{[nums] n:count nums; j:0; e:0; f:0; i:0; while[i<n-1; f:f|i+nums i; if[i=e; j+:1; e:f]; i+:1]; j}",
  [("solve:{[nums] n:count nums; i:0; j:0; while[i<n-1; i+:1|nums i; j+:1]; j}", "always jumps as far as possible"),
   ("solve:{[nums] n:count nums; j:0; e:0; f:0; i:0; while[i<n; f:f|i+nums i; if[i=e; j+:1; e:f]; i+:1]; j}", "counts a jump from the last index")],
  [[2, 3, 1, 1, 4], [2, 3, 0, 1, 4], [0], [1, 1], [1, 2, 3], [5, 1, 1, 1, 1, 1], [1, 1, 1, 1], [2, 1],
   [3, 4, 1, 1, 1, 9, 1]],
  _jumps, family="jump")


def _max_square(m):
    r, c = len(m), len(m[0])
    best = 0
    for i in range(r):
        for j in range(c):
            k = 1
            while i + k <= r and j + k <= c and all(m[a][b] for a in range(i, i + k) for b in range(j, j + k)):
                best = max(best, k)
                k += 1
    return best * best


P(248, "Maximal square", "medium", ["dynamic programming", "matrices"],
  "`m` is a non-empty matrix of 0 and 1. Return the area of the largest square containing only 1s.",
  [("m", MATRIX)], "j",
  "solve:{[m] n:count first m; f:{[p;row] {[a;x] $[x 0;1+min (a;x 1;x 2);0]}\\[0;flip (row;p;0,-1_p)]}; "
  "s:max raze f\\[n#0;m]; s*s}",
  [("solve:{[m] n:count first m; f:{[p;row] {[a;x] $[x 0;1+min (a;x 1;x 2);0]}\\[0;flip (row;p;0,-1_p)]}; max raze f\\[n#0;m]}",
    "returns the side length, not the area"),
   ("solve:{[m] n:count first m; f:{[p;row] {[a;x] $[x 0;1+min (x 1;x 2);0]}\\[0;flip (row;p;0,-1_p)]}; "
    "s:max raze f\\[n#0;m]; s*s}", "ignores the cell to the left")],
  [[[[1, 0, 1, 0, 0], [1, 0, 1, 1, 1], [1, 1, 1, 1, 1], [1, 0, 0, 1, 0]]], [[[0, 1], [1, 0]]], [[[0]]], [[[1]]],
   [[[1, 1], [1, 1]]], [[[1, 1, 1]]], [[[0, 1, 1], [1, 1, 1], [1, 1, 0]]], [[[1, 1, 1], [1, 1, 1], [1, 1, 1]]],
   [[[1, 1, 0, 1], [1, 1, 1, 1], [0, 1, 1, 1], [1, 1, 1, 1]]], [[[1, 1], [0, 1]]]],
  _max_square)


def _longest_valid(s):
    best = 0
    for i in range(len(s)):
        depth = 0
        for j in range(i, len(s)):
            depth += 1 if s[j] == "(" else -1
            if depth < 0:
                break
            if depth == 0:
                best = max(best, j - i + 1)
    return best


P(249, "Longest valid parentheses", "hard", ["stacks", "strings", "dynamic programming"],
  "`s` contains only `(` and `)`. Return the length of the longest contiguous substring that is "
  "a well-formed parentheses sequence.",
  [("s", "C")], "j",
  "solve:{[s] st:enlist -1; b:0; i:0; while[i<count s; if[\"(\"=s i; st:st,i]; "
  "if[\")\"=s i; st:-1_st; if[0=count st; st:enlist i]; b:b|i-last st]; i+:1]; b}",
  [("solve:{[s] o:0; m:0; i:0; while[i<count s; if[\"(\"=s i; o+:1]; if[(\")\"=s i)&o>0; o-:1; m+:2]; i+:1]; m}",
    "counts all matched pairs, not the longest contiguous run"),
   ("solve:{[s] l:0; r:0; b:0; i:0; while[i<count s; if[\"(\"=s i;l+:1]; if[\")\"=s i;r+:1]; "
    "if[l=r;b:b|2*r]; if[r>l;l:0;r:0]; i+:1]; b}", "a single left-to-right pass misses runs inside unclosed `(`")],
  ["(()", ")()())", "", "(", "()", "()(()", "(()())", "())(())", "((()))())(", Q("2000#\"()\"", "()" * 1000)],
  lambda s: _longest_valid(s) if len(s) < 1000 else len(s))


def _trap(h):
    return sum(max(0, min(max(h[:i + 1]), max(h[i:])) - h[i]) for i in range(len(h)))


P(250, "Trapping rain water", "hard", ["lists", "dynamic programming"],
  "`h` gives the heights of bars of width 1 (non-negative). Return how much rain water is "
  "trapped between the bars.",
  [("h", "J")], "j",
  "solve:{[h] sum ((maxs h)&reverse maxs reverse h)-h}",
  [("solve:{[h] sum (maxs h)-h}", "only looks at the walls to the left"),
   ("solve:{[h] sum (max h)-h}", "fills everything up to the highest bar")],
  [[0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1], [4, 2, 0, 3, 2, 5], [], [3], [1, 2, 3], [3, 0, 3], [5, 4, 1, 2],
   [2, 0, 2, 0, 2], Q("100000#3 0 3 1", [(3, 0, 3, 1)[i % 4] for i in range(100000)])],
  lambda h: _trap(h) if len(h) < 1000 else _trap_fast(h))


def _trap_fast(h):
    left = [max(h[:1])] if h else []
    for v in h[1:]:
        left.append(max(left[-1], v))
    right = [0] * len(h)
    top = 0
    for i in range(len(h) - 1, -1, -1):
        top = max(top, h[i])
        right[i] = top
    return sum(min(a, b) - v for a, b, v in zip(left, right, h))


def _histogram(h):
    return max([min(h[i:j + 1]) * (j - i + 1) for i in range(len(h)) for j in range(i, len(h))] or [0])


P(251, "Largest rectangle in histogram", "hard", ["stacks", "lists"],
  "`h` gives the heights of bars of width 1 (non-negative). Return the area of the largest "
  "rectangle that fits inside the histogram (0 for an empty list).",
  [("h", "J")], "j",
  "solve:{[h] n:count h; a:{[h;n;i] l:last where (i#h)<h i; r:first where ((i+1)_h)<h i; "
  "l:$[null l;-1;l]; r:$[null r;n;i+1+r]; (h i)*r-l+1}[h;n] each til n; max 0,a}",
  [("solve:{[h] n:count h; a:{[h;n;i] r:first where ((i+1)_h)<h i; r:$[null r;n;i+1+r]; (h i)*r-i}[h;n] each til n; max 0,a}",
    "only extends rectangles to the right"),
   ("solve:{[h] (count h)*min h}", "only the full-width rectangle")],
  [[2, 1, 5, 6, 2, 3], [2, 4], [], [7], [1, 3, 2], [0, 0], [6, 2, 5, 4, 5, 1, 6], [1, 1, 1, 1], [5, 4, 3, 2, 1]],
  _histogram)

P(252, "Sliding window maximum", "medium", ["lists", "searching"],
  "Return the maximum of every contiguous window of length `k` of `nums`, from left to right "
  "(`1 <= k <= count nums`).",
  [("nums", "J"), ("k", "j")], "J",
  "solve:{[nums;k] (k-1)_k mmax nums}",
  [("solve:{[nums;k] k mmax nums}", "includes the partial windows at the start"),
   ("solve:{[nums;k] k _k mmax nums}", "drops one full window")],
  [([1, 3, -1, -3, 5, 3, 6, 7], 3), ([1], 1), ([1, -1], 1), ([9, 11], 2), ([4, -2], 2), ([5, 4, 3, 2, 1], 2),
   ([-7, -8, 7, 5, 7, 1, 6, 0], 4), ([2, 2, 2], 3), (prand(200, 1000), 190)],
  lambda nums, k: [max(nums[i:i + k]) for i in range(len(nums) - k + 1)])


def _queens(n):
    return sum(1 for p in permutations(range(n))
               if len({p[i] + i for i in range(n)}) == n and len({p[i] - i for i in range(n)}) == n)


P(253, "N-queens count", "hard", ["backtracking", "simulation"],
  "Return the number of ways to place `n` queens (`0 <= n <= 8`) on an n-by-n board so that no "
  "two attack each other (same row, column or diagonal). The empty board (n = 0) counts as one way.",
  [("n", "j")], "j",
  "solve:{[n] count n{[n;s] raze {[n;q] r:count q; d:r-til r; c:til n; q,/:c where not c in q,(q+d),q-d}[n] each s}[n]/enlist 0#0}",
  [("solve:{[n] count n{[n;s] raze {[n;q] c:til n; q,/:c where not c in q}[n] each s}[n]/enlist 0#0}", "ignores diagonals"),
   ("solve:{[n] count n{[n;s] raze {[n;q] r:count q; d:r-til r; c:til n; q,/:c where not c in q,q+d}[n] each s}[n]/enlist 0#0}",
    "checks only one diagonal direction")],
  [4, 1, 0, 2, 3, 5, 6, 7],
  _queens)


def _min_window(s, t):
    need = Counter(t)
    best = ""
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            if not need - Counter(s[i:j]):
                if not best or j - i < len(best):
                    best = s[i:j]
                break
    return best


P(254, "Minimum window substring", "hard", ["strings", "searching"],
  "Return the shortest contiguous substring of `s` that contains every character of the "
  "non-empty string `t`, counting repeats. If several are shortest return the leftmost; if none "
  "exists return `\"\"`.",
  [("s", "C"), ("t", "C")], "C",
  "solve:{[s;t] n:count s; k:count each group t; i:til n; "
  "e:max {[s;i;c;m] p:where s=c; 0W^p m+p bin i-1}[s;i]'[key k;value k]; ok:e<n; if[not any ok;:\"\"]; "
  "l:1+e-i; b:min l where ok; j:first where ok&l=b; s j+til b}",
  [("solve:{[s;t] n:count s; k:count each group distinct t; i:til n; "
    "e:max {[s;i;c;m] p:where s=c; 0W^p m+p bin i-1}[s;i]'[key k;value k]; ok:e<n; if[not any ok;:\"\"]; "
    "l:1+e-i; b:min l where ok; j:first where ok&l=b; s j+til b}", "ignores repeated characters in t"),
   ("solve:{[s;t] n:count s; k:count each group t; i:til n; "
    "e:max {[s;i;c;m] p:where s=c; 0W^p m+p bin i-1}[s;i]'[key k;value k]; ok:e<n; if[not any ok;:\"\"]; "
    "l:1+e-i; b:min l where ok; j:last where ok&l=b; s j+til b}", "returns the rightmost shortest window")],
  [("ADOBECODEBANC", "ABC"), ("a", "a"), ("a", "aa"), ("", "a"), ("ab", "b"), ("aaflslflsldkalskaaa", "aaa"),
   ("abcabc", "cb"), ("xyz", "w"), ("bba", "ab"), ("abxba", "ab"), ("cabwefgewcwaefgcf", "cae")],
  _min_window)

# ------------------------------------------------------------------------------------ greedy


def _cookies(g, s):
    g, s = sorted(g), sorted(s)
    best = 0
    for k in range(min(len(g), len(s)) + 1):  # can the k least greedy children be served?
        if all(x >= y for x, y in zip(s[len(s) - k:], g[:k])):
            best = k
    return best


P(255, "Assign cookies", "easy", ["greedy", "sorting"],
  "Child i is content with a cookie of size at least `g[i]`; `s` lists the cookie sizes. Each "
  "child gets at most one cookie. Return the largest number of content children.",
  [("g", "J"), ("s", "J")], "j",
  "solve:{[g;s] g:asc g; s:asc s; i:0; j:0; while[(i<count g)&j<count s; if[s[j]>=g i; i+:1]; j+:1]; i}",
  [("solve:{[g;s] count where g<=max s}", "one big cookie counted for every child"),
   ("solve:{[g;s] (count g)&count s}", "ignores the sizes")],
  [([1, 2, 3], [1, 1]), ([1, 2], [1, 2, 3]), ([], [1]), ([1], []), ([1, 1, 1], [1]), ([10, 9, 8, 7], [5, 6, 7, 8]),
   ([2], [1]), ([3, 1], [3, 1])],
  _cookies)


def _arrows(points):
    pts = sorted(points, key=lambda p: p[1])
    n, end = 0, None
    for a, b in pts:
        if end is None or a > end:
            n, end = n + 1, b
    return n


P(256, "Minimum arrows to burst balloons", "medium", ["greedy", "intervals", "sorting"],
  "Each row `[a, b]` of `points` is a balloon spanning a..b on the x-axis. An arrow shot at x "
  "bursts every balloon with a <= x <= b. Return the fewest arrows that burst all balloons "
  "(0 for no balloons, given as `()`).",
  [("points", MATRIX)], "j",
  "solve:{[points] if[0=count points;:0]; p:points iasc points[;1]; first {[s;x] $[x[0]>s 1;(1+s 0;x 1);s]}/[(1;p[0;1]);1_p]}",
  [("solve:{[points] if[0=count points;:0]; p:points iasc points[;0]; first {[s;x] $[x[0]>s 1;(1+s 0;x 1);s]}/[(1;p[0;1]);1_p]}",
    "sorts by start and never shrinks the shared end"),
   ("solve:{[points] if[0=count points;:0]; p:points iasc points[;1]; first {[s;x] $[x[0]>=s 1;(1+s 0;x 1);s]}/[(1;p[0;1]);1_p]}",
    "balloons that only touch get separate arrows")],
  [[[[10, 16], [2, 8], [1, 6], [7, 12]]], [[[1, 2], [3, 4], [5, 6], [7, 8]]], [[[1, 2], [2, 3], [3, 4], [4, 5]]],
   [[]], [[[1, 5]]], [[[1, 10], [2, 3], [4, 5]]], [[[-5, -1], [-3, 0], [1, 2]]], [[[1, 2], [1, 2], [1, 2]]]],
  _arrows, family="intervals")


def _non_overlap(iv):
    n = len(iv)
    if n > 15:  # too many subsets: count what the greedy by end keeps
        return n - _arrows_touching(iv)
    best = 0
    for mask in range(1 << n):
        chosen = sorted(iv[i] for i in range(n) if mask >> i & 1)
        if all(a[1] <= b[0] for a, b in zip(chosen, chosen[1:])):
            best = max(best, len(chosen))
    return n - best


def _arrows_touching(iv):
    kept, end = 0, None
    for a, b in sorted(iv, key=lambda p: p[1]):
        if end is None or a >= end:
            kept, end = kept + 1, b
    return kept


P(257, "Non-overlapping intervals", "medium", ["greedy", "intervals", "sorting"],
  "Each row `[a, b]` (a < b) of `iv` is an interval. Return the fewest intervals to remove so "
  "that the rest do not overlap; intervals that only touch (`[1,2]` and `[2,3]`) do not overlap.",
  [("iv", MATRIX)], "j",
  "solve:{[iv] if[0=count iv;:0]; p:iv iasc iv[;1]; (count iv)-first {[s;x] $[x[0]>=s 1;(1+s 0;x 1);s]}/[(1;p[0;1]);1_p]}",
  [("solve:{[iv] if[0=count iv;:0]; p:iv iasc iv[;1]; (count iv)-first {[s;x] $[x[0]>s 1;(1+s 0;x 1);s]}/[(1;p[0;1]);1_p]}",
    "treats touching intervals as overlapping"),
   ("solve:{[iv] if[0=count iv;:0]; p:iv iasc iv[;0]; (count iv)-first {[s;x] $[x[0]>=s 1;(1+s 0;x 1);s]}/[(1;p[0;1]);1_p]}",
    "greedy by start instead of end")],
  [[[[1, 2], [2, 3], [3, 4], [1, 3]]], [[[1, 2], [1, 2], [1, 2]]], [[[1, 2], [2, 3]]], [[]], [[[0, 5]]],
   [[[1, 100], [11, 22], [1, 11], [2, 12]]], [[[-3, -1], [-2, 0], [0, 4], [3, 5]]], [[[1, 10], [2, 3], [4, 5], [6, 7]]]],
  _non_overlap, family="intervals")


def _merge(iv):
    out = []
    for a, b in sorted(iv):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return out


P(258, "Merge intervals", "medium", ["intervals", "sorting"],
  "Each row `[a, b]` of `iv` is a closed interval. Merge all overlapping (or touching) intervals "
  "and return the result sorted by start, as a matrix (`()` when `iv` is empty).",
  [("iv", MATRIX)], MATRIX,
  "solve:{[iv] if[0=count iv;:()]; p:iv iasc iv[;0]; "
  "{[r;x] $[x[0]<=last last r;(-1_r),enlist (first last r;x[1]|last last r);r,enlist x]}/[enlist first p;1_p]}",
  [("solve:{[iv] if[0=count iv;:()]; p:iv iasc iv[;0]; "
    "{[r;x] $[x[0]<last last r;(-1_r),enlist (first last r;x[1]|last last r);r,enlist x]}/[enlist first p;1_p]}",
    "does not merge touching intervals"),
   ("solve:{[iv] if[0=count iv;:()]; p:iv iasc iv[;0]; "
    "{[r;x] $[x[0]<=last last r;(-1_r),enlist (first last r;x 1);r,enlist x]}/[enlist first p;1_p]}",
    "a contained interval shrinks the end")],
  [[[[1, 3], [2, 6], [8, 10], [15, 18]]], [[[1, 4], [4, 5]]], [[]], [[[5, 7]]], [[[1, 10], [2, 3]]],
   [[[8, 10], [1, 3], [2, 6]]], [[[-5, -3], [-4, 0], [2, 2]]], [[[1, 2], [3, 4], [5, 6]]], [[[6, 8], [1, 9], [2, 4]]],
   [[[1, 2], [4, 5], [5, 6]]], [[[1, 2], [4, 7], [5, 6]]]],
  _merge, family="intervals")


def _rooms(iv):
    times = sorted([(a, 1) for a, _ in iv] + [(b, -1) for _, b in iv], key=lambda t: (t[0], t[1]))
    cur = best = 0
    for _, d in times:
        cur += d
        best = max(best, cur)
    return best


P(259, "Meeting rooms needed", "medium", ["intervals", "sorting", "greedy"],
  "Each row `[start, end]` of `iv` is a meeting occupying the half-open time range start..end "
  "(a meeting ending at t frees its room for one starting at t). Return the fewest rooms needed.",
  [("iv", MATRIX)], "j",
  "solve:{[iv] if[0=count iv;:0]; s:asc iv[;0]; e:asc iv[;1]; max (s bin s)-e bin s}",
  [("solve:{[iv] if[0=count iv;:0]; s:asc iv[;0]; e:asc iv[;1]; max (s bin s)-e bin s-1}", "a room is not free at its meeting's end time"),
   ("solve:{[iv] max {[iv;x] count where (iv[;0]<x 1)&iv[;1]>x 0}[iv] each iv}", "counts meetings overlapping one meeting, not at one time")],
  [[[[0, 30], [5, 10], [15, 20]]], [[[7, 10], [2, 4]]], [[]], [[[1, 5]]], [[[1, 5], [5, 10]]],
   [[[1, 3], [2, 5], [4, 6]]], [[[1, 10], [1, 10], [1, 10]]], [[[9, 10], [4, 9], [4, 17]]]],
  _rooms, family="intervals")


def _labels(s):
    last = {c: i for i, c in enumerate(s)}
    out, start, end = [], 0, 0
    for i, c in enumerate(s):
        end = max(end, last[c])
        if i == end:
            out.append(i - start + 1)
            start = i + 1
    return out


P(260, "Partition labels", "medium", ["greedy", "strings"],
  "Split `s` into as many parts as possible so that each character appears in at most one part. "
  "Return the sizes of the parts, in order, as a long list.",
  [("s", "C")], "J",
  "solve:{[s] e:where (maxs (last each group s) s)=til count s; deltas 1+e}",
  [("solve:{[s] 1+where (maxs (last each group s) s)=til count s}", "returns the end positions, not the sizes"),
   ("solve:{[s] e:where (maxs (first each group s) s)=til count s; deltas 1+e}", "uses first occurrences")],
  ["ababcbacadefegdehijhklij", "eccbbbbdec", "", "a", "abc", "aaaa", "abca", "caedbdedda"],
  _labels)


def _boats(people, limit):
    p = sorted(people)
    i, j, b = 0, len(p) - 1, 0
    while i <= j:
        if p[i] + p[j] <= limit:
            i += 1
        j -= 1
        b += 1
    return b


P(261, "Boats to save people", "medium", ["greedy", "sorting"],
  "Each boat carries at most two people with total weight at most `limit` (every weight is at "
  "most `limit`). Return the fewest boats needed for everyone in `people`.",
  [("people", "J"), ("limit", "j")], "j",
  "solve:{[people;limit] p:asc people; i:0; j:-1+count p; b:0; while[i<=j; if[limit>=p[i]+p j; i+:1]; j-:1; b+:1]; b}",
  [("solve:{[people;limit] ceiling (sum people)%limit}", "packs by total weight only"),
   ("solve:{[people;limit] ceiling 0.5*count people}", "assumes every pair fits")],
  [([1, 2], 3), ([3, 2, 2, 1], 3), ([3, 5, 3, 4], 5), ([], 5), ([4], 4), ([1, 1, 1, 1], 2), ([2, 2, 2], 3),
   ([5, 1, 4, 2], 6), (Q("10000#1", [1] * 10000), 2)],
  _boats)


def _candy(r):
    c = [1] * len(r)
    changed = True
    while changed:
        changed = False
        for i in range(len(r)):
            for j in (i - 1, i + 1):
                if 0 <= j < len(r) and r[i] > r[j] and c[i] <= c[j]:
                    c[i] = c[j] + 1
                    changed = True
    return sum(c)


P(262, "Candy", "hard", ["greedy"],
  "Children stand in a line with `ratings` (non-empty). Each gets at least one candy, and a child "
  "with a higher rating than a neighbour gets more candies than that neighbour. Return the "
  "fewest candies in total.",
  [("ratings", "J")], "j",
  "solve:{[ratings] f:{1,{[a;u] $[u;a+1;1]}\\[1;1_x]}; l:f ratings>prev ratings; "
  "r:reverse f reverse ratings>next ratings; sum l|r}",
  [("solve:{[ratings] f:{1,{[a;u] $[u;a+1;1]}\\[1;1_x]}; sum f ratings>prev ratings}", "only compares with the left neighbour"),
   ("solve:{[ratings] f:{1,{[a;u] $[u;a+1;1]}\\[1;1_x]}; l:f ratings>=prev ratings; "
    "r:reverse f reverse ratings>=next ratings; sum l|r}", "equal ratings also get more")],
  [[1, 0, 2], [1, 2, 2], [5], [1, 2], [2, 1], [1, 3, 4, 5, 2], [1, 2, 87, 87, 87, 2, 1], [3, 3, 3],
   [5, 4, 3, 2, 1, 2, 3]],
  _candy)


def _sticks(s):
    s = sorted(s)
    cost = 0
    while len(s) > 1:
        a, b = s[0], s[1]
        s = sorted(s[2:] + [a + b])
        cost += a + b
    return cost


P(263, "Minimum cost to connect sticks", "medium", ["greedy", "sorting"],
  "Joining two sticks of lengths x and y costs x+y and gives one stick of length x+y. Return the "
  "least total cost to join all `sticks` into one (0 for zero or one stick).",
  [("sticks", "J")], "j",
  "solve:{[sticks] s:asc sticks; c:0; while[1<count s; t:s[0]+s 1; c+:t; s:asc t,2_s]; c}",
  [("solve:{[sticks] c:0; s:sticks; while[1<count s; t:s[0]+s 1; c+:t; s:t,2_s]; c}", "joins in the given order"),
   ("solve:{[sticks] s:asc sticks; c:0; while[1<count s; t:s[0]+s 1; c+:t; s:t,2_s]; c}", "sorts only once")],
  [[2, 4, 3], [1, 8, 3, 5], [5], [], [1, 1, 3, 3, 3], [10, 1], [4, 3, 2, 1], [7, 7, 7, 7]],
  _sticks)
# ------------------------------------------------------------------------------------ matrices


def _diag(m):
    n = len(m)
    return sum(m[i][i] for i in range(n)) + sum(m[i][n - 1 - i] for i in range(n) if i != n - 1 - i)


P(264, "Matrix diagonal sum", "easy", ["matrices"],
  "`m` is a non-empty square matrix. Return the sum of its main diagonal and anti-diagonal; a "
  "cell on both diagonals (the centre of an odd-sized matrix) counts once.",
  [("m", MATRIX)], "j",
  "solve:{[m] n:count m; i:til n; (sum m@'i)+(sum m@'(n-1)-i)-$[n mod 2;m[n div 2;n div 2];0]}",
  [("solve:{[m] n:count m; i:til n; (sum m@'i)+sum m@'(n-1)-i}", "counts the centre twice"),
   ("solve:{[m] sum m@'til count m}", "main diagonal only")],
  [[[[1, 2, 3], [4, 5, 6], [7, 8, 9]]], [[[1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1]]], [[[5]]],
   [[[1, 2], [3, 4]]], [[[-1, 0, 2], [0, 3, 0], [4, 0, -5]]], [[[7, 0], [0, 7]]],
   [[[i * 5 + j for j in range(5)] for i in range(5)]], [[[0, 0, 0], [0, 9, 0], [0, 0, 0]]]],
  _diag)

P(265, "Toeplitz matrix", "easy", ["matrices"],
  "Return whether every top-left to bottom-right diagonal of the non-empty matrix `m` holds a "
  "single repeated value.",
  [("m", MATRIX)], "b",
  "solve:{[m] (1_'1_m)~-1_'-1_m}",
  [("solve:{[m] (1_m)~-1_m}", "compares whole rows, without the shift"),
   ("solve:{[m] 1=count distinct m@'til count m}", "only checks the main diagonal")],
  [[[[1, 2, 3, 4], [5, 1, 2, 3], [9, 5, 1, 2]]], [[[1, 2], [2, 2]]], [[[7]]], [[[1, 2, 3]]], [[[1], [2], [3]]],
   [[[3, 3], [3, 3]]], [[[1, 2], [3, 1], [4, 3]]], [[[1, 2, 3], [4, 1, 9], [5, 4, 1]]], [[[1, 1], [1, 1], [2, 1]]]],
  lambda m: all(m[i][j] == m[i - 1][j - 1] for i in range(1, len(m)) for j in range(1, len(m[0]))))


def _zeroes(m):
    rows = {i for i, r in enumerate(m) if 0 in r}
    cols = {j for r in m for j, v in enumerate(r) if v == 0}
    return [[0 if i in rows or j in cols else v for j, v in enumerate(r)] for i, r in enumerate(m)]


P(266, "Set matrix zeroes", "medium", ["matrices"],
  "Return the non-empty matrix `m` with every row and every column that contains a 0 set "
  "entirely to 0.",
  [("m", MATRIX)], MATRIX,
  "solve:{[m] r:all each m<>0; c:min m<>0; m*r&\\:c}",
  [("solve:{[m] m*all each m<>0}", "only zeroes rows"),
   ("solve:{[m] r:all each m<>0; c:min m<>0; m*r|\\:c}", "keeps a cell if either its row or its column is clean")],
  [[[[1, 1, 1], [1, 0, 1], [1, 1, 1]]], [[[0, 1, 2, 0], [3, 4, 5, 2], [1, 3, 1, 5]]], [[[5]]], [[[0]]],
   [[[1, 2, 3]]], [[[1, 0, 3]]], [[[1], [0], [3]]], [[[-1, 2], [3, -4]]], [[[1, 2], [0, 4], [5, 0]]]],
  _zeroes)


def _lucky(m):
    return [v for i, r in enumerate(m) for j, v in enumerate(r)
            if v == min(r) and v == max(row[j] for row in m)]


P(267, "Lucky numbers in a matrix", "easy", ["matrices"],
  "`m` is a non-empty matrix of distinct values. A lucky number is the minimum of its row and the "
  "maximum of its column. Return all lucky numbers in row-major order (a long list).",
  [("m", MATRIX)], "J",
  "solve:{[m] v:raze m; v where (v in min each m)&v in max m}",
  [("solve:{[m] v:raze m; v where (v in min each m)|v in max m}", "row minimum or column maximum"),
   ("solve:{[m] v:raze m; v where (v in max each m)&v in min m}", "row maximum and column minimum")],
  [[[[3, 7, 8], [9, 11, 13], [15, 16, 17]]], [[[1, 10, 4, 2], [9, 3, 8, 7], [15, 16, 17, 12]]], [[[7, 8], [1, 2]]],
   [[[5]]], [[[3, 6], [7, 1], [5, 2]]], [[[1, 2, 3]]], [[[1], [2], [3]]], [[[-1, -2], [-3, -4]]]],
  _lucky)


def _matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]


P(268, "Matrix multiplication", "medium", ["matrices", "math"],
  "Return the matrix product of `a` (r-by-k) and `b` (k-by-c) as a long matrix (r rows of c "
  "longs). Both are non-empty.",
  [("a", MATRIX), ("b", MATRIX)], MATRIX,
  "solve:{[a;b] {[b;r] sum r*b}[b] each a}",
  [("solve:{[a;b] {[b;r] sum r*b}[flip b] each a}", "multiplies by the transpose of b"),
   ("solve:{[a;b] {[b;r] sum each r*b}[b] each a}", "sums the wrong axis")],
  [([[1, 2], [3, 4]], [[5, 6], [7, 8]]), ([[1, 2, 3]], [[4], [5], [6]]), ([[4], [5], [6]], [[1, 2, 3]]),
   ([[2]], [[3]]), ([[1, 0], [0, 1]], [[9, 8], [7, 6]]), ([[1, 2, 3], [4, 5, 6]], [[7, 8], [9, 10], [11, 12]]),
   ([[-1, 2]], [[3, 0, 1], [4, -2, 5]]), ([[0, 0], [0, 0]], [[1, 2], [3, 4]])],
  _matmul)


def _islands(grid):
    r, c = len(grid), len(grid[0])
    seen = set()
    count = 0
    for i in range(r):
        for j in range(c):
            if grid[i][j] and (i, j) not in seen:
                count += 1
                stack = [(i, j)]
                seen.add((i, j))
                while stack:
                    a, b = stack.pop()
                    for x, y in ((a + 1, b), (a - 1, b), (a, b + 1), (a, b - 1)):
                        if 0 <= x < r and 0 <= y < c and grid[x][y] and (x, y) not in seen:
                            seen.add((x, y))
                            stack.append((x, y))
    return count


_SNAKE = [[1 if (i % 4 == 0 or (i % 4 == 1 and j == 11) or (i % 4 == 2) or (i % 4 == 3 and j == 0)) else 0
           for j in range(12)] for i in range(11)]

P(269, "Number of islands", "hard", ["matrices", "graphs"],
  "`grid` is a non-empty matrix of 1 (land) and 0 (water). An island is a group of land cells "
  "connected horizontally or vertically. Return the number of islands.",
  [("grid", MATRIX)], "j",
  "solve:{[grid] h:count grid; w:count first grid; z:0*first grid; "
  "f:{[g;z;L] m:L|(1_L),enlist z; m:m|(enlist z),-1_L; m:m|{(1_x),0} each L; m:m|{0,-1_x} each L; g*m}[grid;z]; "
  "L:f/[grid*(h;w)#1+til h*w]; count distinct (raze L) except 0}",
  [("solve:{[grid] sum {count where 1=deltas 0,x} each grid}", "counts horizontal runs of land"),
   ("solve:{[grid] h:count grid; w:count first grid; z:0*first grid; "
    "f:{[g;z;L] m:L|(1_L),enlist z; m:m|(enlist z),-1_L; m:m|{(1_x),0} each L; m:m|{0,-1_x} each L; g*m}[grid;z]; "
    "L:f grid*(h;w)#1+til h*w; count distinct (raze L) except 0}", "propagates labels only one step")],
  [[[[1, 1, 0, 0, 0], [1, 1, 0, 0, 0], [0, 0, 1, 0, 0], [0, 0, 0, 1, 1]]], [[[1, 1, 1], [0, 1, 0], [1, 1, 1]]],
   [[[0]]], [[[1]]], [[[1, 0, 1, 0, 1]]], [[[1, 0], [0, 1]]], [[[1], [1], [0], [1]]], [_SNAKE],
   [[[1, 1, 1, 1], [1, 0, 0, 1], [1, 0, 1, 1], [1, 1, 1, 0]]],
   [[[0, 1], [1, 0]]], [[[1, 0, 0], [0, 0, 0], [1, 0, 0]]]],
  _islands)


def _find2d(m, target):
    for i, r in enumerate(m):
        for j, v in enumerate(r):
            if v == target:
                return [i, j]
    return [-1, -1]


P(270, "Locate in a sorted matrix", "easy", ["matrices", "searching"],
  "Each row of the non-empty matrix `m` is sorted ascending and starts after the previous row "
  "ends (values are distinct). Return the row and column of `target` as a long list, or `-1 -1`.",
  [("m", MATRIX), ("target", "j")], "J",
  "solve:{[m;target] w:count first m; f:raze m; i:f?target; $[i<count f;(i div w;i mod w);-1 -1]}",
  [("solve:{[m;target] w:count first m; f:raze m; i:f?target; $[i<count f;(i mod w;i div w);-1 -1]}", "column and row swapped"),
   ("solve:{[m;target] w:count first m; i:(raze m)?target; (i div w;i mod w)}", "no check for an absent target")],
  [([[1, 3, 5, 7], [10, 11, 16, 20], [23, 30, 34, 60]], 3), ([[1, 3, 5, 7], [10, 11, 16, 20], [23, 30, 34, 60]], 13),
   ([[5]], 5), ([[5]], 6), ([[1, 2, 3]], 3), ([[1], [4], [9]], 4), ([[-9, -5], [-2, 0]], 0), ([[1, 2], [3, 4]], 0),
   ([[1, 2], [3, 4], [5, 6]], 5)],
  _find2d)


def _flood(image, sr, sc, color):
    img = [list(r) for r in image]
    old = img[sr][sc]
    stack, seen = [(sr, sc)], {(sr, sc)}
    while stack:
        a, b = stack.pop()
        img[a][b] = color
        for x, y in ((a + 1, b), (a - 1, b), (a, b + 1), (a, b - 1)):
            if 0 <= x < len(img) and 0 <= y < len(img[0]) and (x, y) not in seen and image[x][y] == old:
                seen.add((x, y))
                stack.append((x, y))
    return img


P(271, "Flood fill", "medium", ["matrices", "graphs"],
  "Recolour the region of `image` containing cell (`sr`, `sc`): that cell and every cell of the "
  "same colour connected to it horizontally or vertically get colour `color`. Return the image.",
  [("image", MATRIX), ("sr", "j"), ("sc", "j"), ("color", "j")], MATRIX,
  "solve:{[image;sr;sc;color] o:image[sr;sc]; s:image=o; "
  "f:{[s;m] z:0b&first m; s&m|((1_m),enlist z)|(enlist[z],-1_m)|({(1_x),0b} each m)|{0b,-1_x} each m}[s]; "
  "m:f/[.[s<>s;(sr;sc);:;1b]]; image+m*color-o}",
  [("solve:{[image;sr;sc;color] o:image[sr;sc]; image+(image=o)*color-o}", "recolours every cell of that colour, connected or not"),
   ("solve:{[image;sr;sc;color] o:image[sr;sc]; s:image=o; "
    "f:{[s;m] z:0b&first m; s&m|((1_m),enlist z)|(enlist[z],-1_m)|({(1_x),0b} each m)|{0b,-1_x} each m}[s]; "
    "m:f .[s<>s;(sr;sc);:;1b]; image+m*color-o}", "spreads only one step")],
  [([[1, 1, 1], [1, 1, 0], [1, 0, 1]], 1, 1, 2), ([[0, 0, 0], [0, 0, 0]], 0, 0, 0), ([[5]], 0, 0, 9),
   ([[1, 2, 1]], 0, 0, 3), ([[1], [1], [2], [1]], 3, 0, 7), ([[1, 1, 1], [1, 1, 0], [1, 0, 1]], 2, 2, 4),
   ([[3, 3, 3, 3], [0, 0, 0, 3], [3, 3, 3, 3], [3, 0, 0, 0]], 0, 0, 8), ([[1, 0, 1], [0, 1, 0], [1, 0, 1]], 1, 1, 5)],
  _flood)


def _smooth(img):
    r, c = len(img), len(img[0])
    out = []
    for i in range(r):
        row = []
        for j in range(c):
            cells = [img[a][b] for a in range(i - 1, i + 2) for b in range(j - 1, j + 2) if 0 <= a < r and 0 <= b < c]
            row.append(sum(cells) // len(cells))
        out.append(row)
    return out


P(272, "Image smoother", "medium", ["matrices", "simulation"],
  "Replace every cell of the non-empty matrix `img` (non-negative) by the average of itself and "
  "its up to 8 neighbours that lie inside the matrix, rounded down. Return a long matrix.",
  [("img", MATRIX)], MATRIX,
  "solve:{[img] s3:{[m] z:0*first m; m+(enlist[z],-1_m)+(1_m),enlist z}; h3:{x+({0,-1_x} each x)+{(1_x),0} each x}; "
  "(h3 s3 img) div h3 s3 1+0*img}",
  [("solve:{[img] s3:{[m] z:0*first m; m+(enlist[z],-1_m)+(1_m),enlist z}; h3:{x+({0,-1_x} each x)+{(1_x),0} each x}; "
    "(h3 s3 img)%h3 s3 1+0*img}", "wrong type: float averages"),
   ("solve:{[img] s3:{[m] z:0*first m; m+(enlist[z],-1_m)+(1_m),enlist z}; h3:{x+({0,-1_x} each x)+{(1_x),0} each x}; "
    "(h3 s3 img) div 9}", "always divides by 9, even at the edges")],
  [[[[1, 1, 1], [1, 0, 1], [1, 1, 1]]], [[[100, 200, 100], [200, 50, 200], [100, 200, 100]]], [[[7]]], [[[1, 2, 3]]],
   [[[4], [8]]], [[[2, 3], [4, 5]]], [[[0, 0, 0], [0, 9, 0], [0, 0, 0]]], [[[10, 20, 30, 40], [50, 60, 70, 80]]]],
  _smooth)

# ------------------------------------------------------------------------------------ number theory and bits




P(273, "Hamming distance", "easy", ["bits"],
  "Return the number of bit positions at which the non-negative numbers `x` and `y` (both below "
  "2^31) differ.",
  [("x", "j"), ("y", "j")], "j",
  "solve:{[x;y] count where ((32#2) vs x)<>(32#2) vs y}",
  [("solve:{[x;y] sum ((32#2) vs x)<>(32#2) vs y}", "wrong type: sum of booleans is an int"),
   ("solve:{[x;y] count where (2 vs x)<>2 vs y}", "binary forms of different lengths do not line up")],
  [(1, 4), (3, 1), (0, 0), (7, 7), (0, 2147483647), (255, 256), (1, 1024), (12345, 54321), (2, 3)],
  lambda x, y: bin(x ^ y).count("1"), family="bits")


def _fact_zeros(n):
    f, z = math.factorial(n), 0
    while f % 10 == 0:
        f, z = f // 10, z + 1
    return z


P(274, "Trailing zeros of n factorial", "medium", ["math", "number theory"],
  "Return the number of trailing zeros in the decimal form of n! (`n >= 0`).",
  [("n", "j")], "j",
  "solve:{[n] s:0; p:5; while[p<=n; s+:n div p; p*:5]; s}",
  [("solve:{[n] n div 5}", "misses extra factors of 25, 125, ..."),
   ("solve:{[n] s:0; p:5; while[p<n; s+:n div p; p*:5]; s}", "misses n itself being a power of 5")],
  [5, 0, 3, 10, 25, 100, 124, 125, 1000, 3125],
  _fact_zeros)

P(275, "Modular exponentiation", "medium", ["math", "number theory"],
  "Return `b` to the power `e` modulo `m`, for `e >= 0` and `1 <= m <= 10^9`; the result is in "
  "0..m-1 even for negative `b`.",
  [("b", "j"), ("e", "j"), ("m", "j")], "j",
  "solve:{[b;e;m] r:1; b:b mod m; while[e>0; if[e mod 2; r:(r*b) mod m]; b:(b*b) mod m; e:e div 2]; r mod m}",
  [("solve:{[b;e;m] \"j\"$(b xexp e) mod m}", "floating point loses precision"),
   ("solve:{[b;e;m] r:1; b:b mod m; while[e>0; if[e mod 2; r:(r*b) mod m]; b:(b*b) mod m; e:e div 2]; r}", "e = 0 with m = 1 gives 1")],
  [(2, 10, 1000), (3, 0, 7), (5, 3, 13), (2, 62, 1000000007), (7, 1000000000, 998244353), (0, 5, 3),
   (-2, 3, 5), (10, 0, 1), (123456789, 987654321, 1000000000)],
  lambda b, e, m: pow(b, e, m))

P(276, "Digital root", "easy", ["math"],
  "Repeatedly replace the non-negative `n` by the sum of its decimal digits until a single digit "
  "remains; return it.",
  [("n", "j")], "j",
  "solve:{[n] {x>9}{sum 10 vs x}/n}",
  [("solve:{[n] sum 10 vs n}", "sums the digits only once"),
   ("solve:{[n] n mod 9}", "9 and its multiples give 0")],
  [38, 0, 5, 9, 10, 99, 123456789, 999999999999, 18],
  lambda n: n if n < 10 else (lambda f: f(f, n))(lambda f, x: x if x < 10 else f(f, sum(map(int, str(x))))))


def _factor(n):
    out, d = [], 2
    while n > 1:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    return out


P(277, "Prime factorisation", "medium", ["math", "number theory"],
  "Return the prime factors of `n >= 2` in ascending order, repeated by multiplicity, as a long list.",
  [("n", "j")], "J",
  "solve:{[n] f:0#0; d:2; while[(d*d)<=n; while[0=n mod d; f,:d; n:n div d]; d+:1]; if[n>1; f,:n]; f}",
  [("solve:{[n] f:0#0; d:2; while[(d*d)<=n; if[0=n mod d; f,:d]; while[0=n mod d; n:n div d]; d+:1]; if[n>1; f,:n]; f}", "each prime only once"),
   ("solve:{[n] f:0#0; d:2; while[(d*d)<=n; while[0=n mod d; f,:d; n:n div d]; d+:1]; f}", "drops a last factor above the square root")],
  [12, 2, 97, 360, 1024, 14, 999983, 600851475143, 1000000, 4, 49],
  lambda n: _factor(n) if n < 10**7 else {600851475143: [71, 839, 1471, 6857]}[n])


# ------------------------------------------------------------------------------------ parsing


def _roman_to_int(s):
    v = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        if i + 1 < len(s) and v[ch] < v[s[i + 1]]:
            total -= v[ch]
        else:
            total += v[ch]
    return total


P(278, "Roman numeral to integer", "easy", ["parsing", "strings"],
  "Return the value of the Roman numeral `s` (letters I V X L C D M, with subtractive pairs such "
  "as IV = 4 and CM = 900).",
  [("s", "C")], "j",
  "solve:{[s] v:1 5 10 50 100 500 1000 \"IVXLCDM\"?s; sum v*1-2*v<next v}",
  [("solve:{[s] sum 1 5 10 50 100 500 1000 \"IVXLCDM\"?s}", "ignores subtractive pairs"),
   ("solve:{[s] v:1 5 10 50 100 500 1000 \"IVXLCDM\"?s; sum v*1-2*v<=next v}", "equal neighbours subtract")],
  ["III", "LVIII", "MCMXCIV", "I", "IV", "IX", "XL", "MMMCMXCIX", "CDXLIV", "MMXXVI"],
  _roman_to_int, family="roman")

_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
          (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def _int_to_roman(n):
    out = ""
    for v, r in _ROMAN:
        while n >= v:
            out += r
            n -= v
    return out


P(279, "Integer to Roman numeral", "medium", ["parsing", "strings", "greedy"],
  "Return the Roman numeral of `n` (1..3999) as a string, using subtractive pairs (IV, IX, XL, "
  "XC, CD, CM).",
  [("n", "j")], "C",
  "solve:{[n] v:1000 900 500 400 100 90 50 40 10 9 5 4 1; "
  "r:(\"M\";\"CM\";\"D\";\"CD\";\"C\";\"XC\";\"L\";\"XL\";\"X\";\"IX\";\"V\";\"IV\";\"I\"); "
  "s:\"\"; i:0; while[n>0; while[n>=v i; s,:r i; n-:v i]; i+:1]; s}",
  [("solve:{[n] v:1000 500 100 50 10 5 1; s:\"\"; i:0; while[n>0; while[n>=v i; s,:\"MDCLXVI\" i; n-:v i]; i+:1]; s}", "no subtractive pairs"),
   ("solve:{[n] v:1000 900 500 400 100 90 50 40 10 9 5 4 1; "
    "r:(\"M\";\"CM\";\"D\";\"CD\";\"C\";\"XC\";\"L\";\"XL\";\"X\";\"IX\";\"V\";\"IV\";\"I\"); "
    "s:\"\"; i:0; while[(n>0)&i<13; while[n>v i; s,:r i; n-:v i]; i+:1]; s}", "strict comparison")],
  [3, 58, 1994, 1, 4, 9, 3999, 444, 2026, 500, 100],
  _int_to_roman, family="roman")


def _rpn(tokens):
    st = []
    for t in tokens:
        if t in ("+", "-", "*", "/"):
            b, a = st.pop(), st.pop()
            st.append(a + b if t == "+" else a - b if t == "-" else a * b if t == "*" else int(a / b))
        else:
            st.append(int(t))
    return st[-1]


P(280, "Evaluate reverse Polish notation", "medium", ["parsing", "stacks"],
  "Evaluate the expression given as a list of tokens `tokens` in reverse Polish notation. Tokens "
  "are integers or one of `+ - * /`; division truncates toward zero. The expression is valid.",
  [("tokens", STRINGS)], "j",
  "solve:{[tokens] f:{[st;t] o:first t; if[(1=count t)&o in \"+-*/\"; a:st -2+count st; b:last st; "
  "r:$[o=\"+\";a+b;o=\"-\";a-b;o=\"*\";a*b;(signum a*b)*(abs a) div abs b]; :(-2_st),r]; st,\"J\"$t}; last f/[0#0;tokens]}",
  [("solve:{[tokens] f:{[st;t] o:first t; if[(1=count t)&o in \"+-*/\"; a:st -2+count st; b:last st; "
    "r:$[o=\"+\";a+b;o=\"-\";a-b;o=\"*\";a*b;a div b]; :(-2_st),r]; st,\"J\"$t}; last f/[0#0;tokens]}", "division rounds down, not toward zero"),
   ("solve:{[tokens] f:{[st;t] o:first t; if[(1=count t)&o in \"+-*/\"; a:last st; b:st -2+count st; "
    "r:$[o=\"+\";a+b;o=\"-\";a-b;o=\"*\";a*b;(signum a*b)*(abs a) div abs b]; :(-2_st),r]; st,\"J\"$t}; last f/[0#0;tokens]}", "operands swapped")],
  [[["2", "1", "+", "3", "*"]], [["4", "13", "5", "/", "+"]],
   [["10", "6", "9", "3", "+", "-11", "*", "/", "*", "17", "+", "5", "+"]], [["42"]], [["-7", "2", "/"]],
   [["3", "-4", "-"]], [["7", "-2", "/"]], [["5", "1", "2", "+", "4", "*", "+", "3", "-"]], [["0", "3", "/"]]],
  _rpn)


def _calc(s):
    expr = s.replace(" ", "")
    pos = [0]

    def term():
        if expr[pos[0]] == "(":
            pos[0] += 1
            v = exprs()
            pos[0] += 1
            return v
        if expr[pos[0]] == "-":
            pos[0] += 1
            return -term()
        j = pos[0]
        while pos[0] < len(expr) and expr[pos[0]].isdigit():
            pos[0] += 1
        return int(expr[j:pos[0]])

    def exprs():
        v = term()
        while pos[0] < len(expr) and expr[pos[0]] in "+-":
            op = expr[pos[0]]
            pos[0] += 1
            v = v + term() if op == "+" else v - term()
        return v
    return exprs() if expr else 0


P(281, "Basic calculator", "hard", ["parsing", "stacks"],
  "Evaluate the string `s` made of non-negative integers, `+`, `-` (also as unary minus), "
  "parentheses and spaces. The expression is valid; return its value.",
  [("s", "C")], "j",
  "solve:{[s] r:0; n:0; g:1; st:(); i:0; while[i<count s; c:s i; "
  "if[c in \"0123456789\"; n:(10*n)+\"0123456789\"?c]; "
  "if[c in \"+-\"; r+:g*n; n:0; g:$[c=\"+\";1;-1]]; "
  "if[c=\"(\"; st,:enlist (r;g); r:0; g:1]; "
  "if[c=\")\"; r+:g*n; n:0; p:last st; st:-1_st; r:p[0]+p[1]*r]; i+:1]; r+g*n}",
  [("solve:{[s] r:0; n:0; g:1; i:0; while[i<count s; c:s i; "
    "if[c in \"0123456789\"; n:(10*n)+\"0123456789\"?c]; "
    "if[c in \"+-\"; r+:g*n; n:0; g:$[c=\"+\";1;-1]]; i+:1]; r+g*n}", "ignores parentheses"),
   ("solve:{[s] r:0; n:0; g:1; st:(); i:0; while[i<count s; c:s i; "
    "if[c in \"0123456789\"; n:(10*n)+\"0123456789\"?c]; "
    "if[c in \"+-\"; r+:g*n; n:0; g:$[c=\"+\";1;-1]]; "
    "if[c=\"(\"; st,:enlist (r;g); r:0; g:1]; "
    "if[c=\")\"; r+:g*n; n:0; p:last st; st:-1_st; r:p[0]+r]; i+:1]; r+g*n}", "drops the sign in front of a parenthesis")],
  ["1 + 1", " 2-1 + 2 ", "(1+(4+5+2)-3)-(6+8)", "42", "-(2+3)", "1-(-2)", "10 - (2 - (3 - 4))", "-5+12",
   "2147483647+1", "((7))"],
  _calc)


def _ipv4(s):
    parts = s.split(".")
    if len(parts) != 4:
        return False
    for p in parts:
        if not (1 <= len(p) <= 3) or not all(ch in "0123456789" for ch in p):
            return False
        if len(p) > 1 and p[0] == "0":
            return False
        if int(p) > 255:
            return False
    return True


P(282, "Validate an IPv4 address", "medium", ["parsing", "strings"],
  "Return whether `s` is a valid IPv4 address: four decimal numbers 0..255 separated by dots, "
  "each of 1-3 digits and without leading zeros (\"0\" itself is fine).",
  [("s", "C")], "b",
  "solve:{[s] p:\".\" vs s; if[4<>count p;:0b]; "
  "all {(count[x] within 1 3)&(all x in \"0123456789\")&((x~enlist \"0\")|\"0\"<>first x)&255>=\"J\"$x} each p}",
  [("solve:{[s] p:\".\" vs s; if[4<>count p;:0b]; "
    "all {(count[x] within 1 3)&(all x in \"0123456789\")&255>=\"J\"$x} each p}", "allows leading zeros"),
   ("solve:{[s] p:\".\" vs s; if[4<>count p;:0b]; "
    "all {(count[x] within 1 3)&(all x in \"0123456789\")&((x~enlist \"0\")|\"0\"<>first x)&255>\"J\"$x} each p}", "rejects 255")],
  ["172.16.254.1", "256.256.256.256", "0.0.0.0", "255.255.255.255", "01.1.1.1", "1.1.1", "1.1.1.1.1",
   "1..1.1", "a.1.1.1", "", "192.168.1.00", "1.2.3.4 "],
  _ipv4)


def _decode_str(s):
    def parse(i):
        out = ""
        while i < len(s) and s[i] != "]":
            if s[i].isdigit():
                k = 0
                while s[i].isdigit():
                    k = 10 * k + int(s[i])
                    i += 1
                inner, i = parse(i + 1)
                out += inner * k
                i += 1
            else:
                out += s[i]
                i += 1
        return out, i
    return parse(0)[0]


P(283, "Decode a repeated string", "hard", ["parsing", "stacks", "strings"],
  "Decode `s` where `k[text]` means `text` repeated k times (k >= 1, possibly several digits; "
  "brackets nest). Other characters are lower-case letters copied as they are.",
  [("s", "C")], "C",
  "solve:{[s] st:(); cur:\"\"; k:0; i:0; while[i<count s; c:s i; "
  "if[c in \"0123456789\"; k:(10*k)+\"0123456789\"?c]; "
  "if[c=\"[\"; st,:enlist (k;cur); cur:\"\"; k:0]; "
  "if[c=\"]\"; p:last st; st:-1_st; cur:(p 1),raze p[0]#enlist cur]; "
  "if[c in \"abcdefghijklmnopqrstuvwxyz\"; cur,:c]; i+:1]; cur}",
  [("solve:{[s] st:(); cur:\"\"; k:0; i:0; while[i<count s; c:s i; "
    "if[c in \"0123456789\"; k:\"0123456789\"?c]; "
    "if[c=\"[\"; st,:enlist (k;cur); cur:\"\"; k:0]; "
    "if[c=\"]\"; p:last st; st:-1_st; cur:(p 1),raze p[0]#enlist cur]; "
    "if[c in \"abcdefghijklmnopqrstuvwxyz\"; cur,:c]; i+:1]; cur}", "only single-digit counts"),
   ("solve:{[s] st:(); cur:\"\"; k:0; i:0; while[i<count s; c:s i; "
    "if[c in \"0123456789\"; k:(10*k)+\"0123456789\"?c]; "
    "if[c=\"[\"; st,:enlist (k;cur); cur:\"\"]; "
    "if[c=\"]\"; p:last st; st:-1_st; cur:(p 1),raze p[0]#enlist cur]; "
    "if[c in \"abcdefghijklmnopqrstuvwxyz\"; cur,:c]; i+:1]; cur}", "does not reset the count after `[`")],
  ["3[a]2[bc]", "3[a2[c]]", "2[abc]3[cd]ef", "", "abc", "10[a]", "1[x]", "2[a]3[b]", "a2[b3[c]]d"],
  _decode_str)


def _version(v1, v2):
    a = [int(x) for x in v1.split(".")]
    b = [int(x) for x in v2.split(".")]
    n = max(len(a), len(b))
    a += [0] * (n - len(a))
    b += [0] * (n - len(b))
    return (a > b) - (a < b)


P(284, "Compare version numbers", "medium", ["parsing", "strings"],
  "Versions are dot-separated revision numbers (leading zeros ignored; a missing revision counts "
  "as 0). Return -1 if `v1 < v2`, 1 if `v1 > v2`, else 0, as a long.",
  [("v1", "C"), ("v2", "C")], "j",
  "solve:{[v1;v2] a:\"J\"$\".\" vs v1; b:\"J\"$\".\" vs v2; n:(count a)|count b; "
  "d:first ((n#a,n#0)-n#b,n#0) except 0; $[null d;0;d<0;-1;1]}",
  [("solve:{[v1;v2] a:\"J\"$\".\" vs v1; b:\"J\"$\".\" vs v2; d:first (a-b) except 0; $[null d;0;d<0;-1;1]}", "no padding of the shorter version"),
   ("solve:{[v1;v2] a:\"J\"$\".\" vs v1; b:\"J\"$\".\" vs v2; n:(count a)|count b; "
    "d:first ((n#a,n#0)-n#b,n#0) except 0; $[null d;0;signum d]}", "wrong type: signum returns an int")],
  [("1.01", "1.001"), ("1.0", "1.0.0"), ("1", "1.0.1"), ("0.1", "1.1"), ("1.2", "1.10"), ("7.5.2.4", "7.5.3"), ("1", "1"),
   ("2.0.1", "2"), ("3", "2.9.9"), ("1.0.0.0.1", "1")],
  _version)

P(285, "Parse key=value pairs", "easy", ["parsing", "dicts"],
  "`s` holds `key=value` pairs separated by `;` (keys are distinct words, values are integers). "
  "Return a dictionary from the keys as symbols to the values as longs, in order.",
  [("s", "C")], ("dict", "S", "J"),
  "solve:{[s] p:\"=\" vs/: \";\" vs s; (`$p[;0])!\"J\"$p[;1]}",
  [("solve:{[s] p:\"=\" vs/: \";\" vs s; (`$p[;0])!p[;1]}", "values left as strings"),
   ("solve:{[s] p:\"=\" vs/: \";\" vs s; p[;0]!\"J\"$p[;1]}", "keys left as strings")],
  ["a=1;b=22;c=-3", "x=5", "alpha=100;beta=0", "k=-7;j=8", "one=1;two=2;three=3;four=4", "z=0;y=1",
   "price=12345;qty=9", "a1=10;b2=20"],
  lambda s: {k: int(v) for k, v in (p.split("=") for p in s.split(";"))})


def _atoi(s):
    s = s.lstrip(" ")
    sign = 1
    if s[:1] in ("+", "-"):
        sign = -1 if s[0] == "-" else 1
        s = s[1:]
    digits = ""
    for ch in s:
        if not ch.isdigit():
            break
        digits += ch
    v = sign * int(digits) if digits else 0
    return max(-2**31, min(2**31 - 1, v))


P(286, "String to integer", "medium", ["parsing", "strings"],
  "Parse `s` like C's atoi: skip leading spaces, read an optional sign, then as many digits as "
  "follow (at most 18). Ignore the rest. No digits gives 0. Clamp the result to the 32-bit range "
  "-2147483648..2147483647 and return it as a long.",
  [("s", "C")], "j",
  "solve:{[s] s:ltrim s; g:1; if[(first s) in \"+-\"; g:$[\"-\"=first s;-1;1]; s:1_s]; "
  "d:(count where mins s in \"0123456789\")#s; v:g*$[count d;10 sv \"0123456789\"?d;0]; -2147483648|2147483647&v}",
  [("solve:{[s] s:ltrim s; g:1; if[(first s) in \"+-\"; g:$[\"-\"=first s;-1;1]; s:1_s]; "
    "d:(count where mins s in \"0123456789\")#s; g*$[count d;10 sv \"0123456789\"?d;0]}", "no clamping to 32 bits"),
   ("solve:{[s] \"J\"$s}", "q's parser rejects trailing text and does not clamp")],
  ["42", "   -42", "4193 with words", "words 987", "", "-91283472332", "+1", "+-12", "00000123", "  +0 7",
   "2147483648"],
  _atoi)

P(287, "Minimum additions for valid parentheses", "medium", ["stacks", "strings"],
  "`s` contains only `(` and `)`. Return the fewest parentheses to insert (anywhere) to make it "
  "balanced.",
  [("s", "C")], "j",
  "solve:{[s] v:sums 1 -1 \"()\"?s; a:0|neg min 0,v; a+a+last 0,v}",
  [("solve:{[s] abs last 0,sums 1 -1 \"()\"?s}", "net imbalance only"),
   ("solve:{[s] 0|last 0,sums 1 -1 \"()\"?s}", "only unclosed `(` are counted")],
  ["())", "(((", "", "()", ")(", "()))((", "))", "(()())", "())(()", Q("50000#\")(\"", ")(" * 25000)],
  lambda s: _min_add(s))


def _min_add(s):
    opened = added = 0
    for ch in s:
        if ch == "(":
            opened += 1
        elif opened:
            opened -= 1
        else:
            added += 1
    return added + opened


def _min_diff_time(times):
    m = sorted(int(t[:2]) * 60 + int(t[3:]) for t in times)
    return min(min((b - a) % 1440, (a - b) % 1440) for i, a in enumerate(m) for b in m[i + 1:])


P(288, "Minimum time difference", "medium", ["parsing", "sorting"],
  "`times` lists at least two clock times `\"HH:MM\"` (24-hour). Return the smallest difference "
  "in minutes between any two of them, going around midnight if shorter.",
  [("times", STRINGS)], "j",
  "solve:{[times] m:asc {(60*\"J\"$2#x)+\"J\"$3_x} each times; min (1_deltas m),1440+(first m)-last m}",
  [("solve:{[times] m:asc {(60*\"J\"$2#x)+\"J\"$3_x} each times; min 1_deltas m}", "does not wrap around midnight"),
   ("solve:{[times] m:asc {60*\"J\"$2#x} each times; min (1_deltas m),1440+(first m)-last m}", "ignores the minutes")],
  [[["23:59", "00:00"]], [["00:00", "23:59", "00:00"]], [["01:00", "02:30"]], [["12:00", "12:00"]],
   [["05:31", "22:08", "00:35"]], [["00:00", "12:00"]], [["10:10", "10:15", "10:12"]], [["23:00", "01:00", "12:00"]]],
  _min_diff_time)

# ------------------------------------------------------------------------------------ tables

TRADES = ("table", {"sym": "S", "qty": "J"})

P(289, "Total quantity by symbol", "easy", ["tables", "dicts"],
  "`t` is a table of trades with columns `sym` (symbol) and `qty` (long). Return a dictionary "
  "from each symbol to its total quantity, symbols in order of first appearance.",
  [("t", TRADES)], ("dict", "S", "J"),
  "solve:{[t] g:group t`sym; (key g)!sum each t[`qty] value g}",
  [("solve:{[t] g:group t`sym; (key g)!count each value g}", "counts trades instead of summing quantities"),
   ("solve:{[t] g:group t`sym; (key g)!max each t[`qty] value g}", "largest trade instead of the total")],
  [({"sym": ["a", "b", "a"], "qty": [10, 20, 5]},), ({"sym": ["x"], "qty": [7]},),
   ({"sym": ["ibm", "msft", "ibm", "aapl", "msft"], "qty": [100, 50, 25, 10, 50]},),
   ({"sym": ["z", "z", "z"], "qty": [1, 1, 1]},), ({"sym": ["a", "b"], "qty": [-5, 5]},),
   ({"sym": ["b", "a", "b", "a"], "qty": [0, 3, 4, 0]},), ({"sym": ["q", "r", "s"], "qty": [9, 8, 7]},),
   ({"sym": ["k", "k"], "qty": [1000000, 2000000]},)],
  lambda t: {s: sum(q for s2, q in zip(t["sym"], t["qty"]) if s2 == s) for s in dict.fromkeys(t["sym"])},
  family="tables")

SCORES = ("table", {"name": "S", "score": "J"})

P(290, "Top scorer", "easy", ["tables"],
  "`t` is a non-empty table with columns `name` (symbol) and `score` (long). Return the name with "
  "the highest score; on a tie, the one appearing first.",
  [("t", SCORES)], "s",
  "solve:{[t] t[`name] t[`score]?max t`score}",
  [("solve:{[t] last t[`name] iasc t`score}", "on a tie returns the last one"),
   ("solve:{[t] max t`score}", "returns the score, not the name")],
  [({"name": ["ann", "bob", "cy"], "score": [3, 9, 4]},), ({"name": ["solo"], "score": [0]},),
   ({"name": ["a", "b", "c"], "score": [5, 5, 1]},), ({"name": ["a", "b"], "score": [-3, -1]},),
   ({"name": ["x", "y", "z"], "score": [1, 7, 7]},), ({"name": ["p", "q"], "score": [10, 2]},),
   ({"name": ["m", "n", "o", "p"], "score": [4, 4, 4, 4]},), ({"name": ["u", "v"], "score": [0, 1]},)],
  lambda t: t["name"][t["score"].index(max(t["score"]))], family="tables")

READINGS = ("table", {"id": "J", "v": "F"})

P(291, "Ids above average", "easy", ["tables", "math"],
  "`t` is a table with columns `id` (long) and `v` (float). Return the ids (long list, in table "
  "order) of the rows whose `v` is strictly greater than the average of `v`.",
  [("t", READINGS)], "J",
  "solve:{[t] t[`id] where t[`v]>avg t`v}",
  [("solve:{[t] t[`id] where t[`v]>=avg t`v}", "includes rows equal to the average"),
   ("solve:{[t] where t[`v]>avg t`v}", "returns row numbers, not ids")],
  [({"id": [10, 20, 30], "v": [1.0, 2.0, 6.0]},), ({"id": [5], "v": [3.5]},), ({"id": [1, 2], "v": [2.0, 2.0]},),
   ({"id": [7, 8, 9, 10], "v": [0.5, 1.5, 2.5, 3.5]},), ({"id": [3, 1, 2], "v": [-1.0, -2.0, 0.0]},),
   ({"id": [100, 200], "v": [0.25, 0.75]},), ({"id": [4, 5, 6], "v": [9.0, 0.0, 0.0]},),
   ({"id": [11, 12, 13], "v": [1.0, 2.0, 3.0]},)],
  lambda t: [i for i, v in zip(t["id"], t["v"]) if v > sum(t["v"]) / len(t["v"])], family="tables")

ORDERS = ("table", {"qty": "J", "price": "J"})

P(292, "Add a total column", "easy", ["tables"],
  "`t` is a table with columns `qty` and `price` (longs). Return the table with a third column "
  "`total` equal to `qty*price`.",
  [("t", ORDERS)], ("table", {"qty": "J", "price": "J", "total": "J"}),
  "solve:{[t] d:flip t; d[`total]:d[`qty]*d`price; flip d}",
  [("solve:{[t] d:flip t; d[`total]:d[`qty]+d`price; flip d}", "adds instead of multiplying"),
   ("solve:{[t] d:flip t; d[`total]:d[`qty]*d`price; d}", "returns a dictionary, not a table")],
  [({"qty": [1, 2], "price": [10, 20]},), ({"qty": [5], "price": [3]},), ({"qty": [0, 7, 2], "price": [9, 1, 2]},),
   ({"qty": [-1, 3], "price": [4, -2]},), ({"qty": [100, 200, 300], "price": [1, 1, 1]},),
   ({"qty": [2, 2], "price": [2, 2]},), ({"qty": [12, 1], "price": [12, 0]},), ({"qty": [3, 4, 5], "price": [5, 4, 3]},)],
  lambda t: {"qty": t["qty"], "price": t["price"], "total": [a * b for a, b in zip(t["qty"], t["price"])]},
  family="tables")

# ------------------------------------------------------------------------------------ harder problems


def _wild(s, p):
    from functools import lru_cache

    @lru_cache(None)
    def go(i, j):
        if j == len(p):
            return i == len(s)
        if p[j] == "*":
            return go(i, j + 1) or (i < len(s) and go(i + 1, j))
        return i < len(s) and p[j] in ("?", s[i]) and go(i + 1, j + 1)
    return go(0, 0)


P(293, "Wildcard matching", "hard", ["dynamic programming", "strings"],
  "Return whether the pattern `p` matches the whole string `s`: `?` matches any one character, "
  "`*` matches any sequence of characters (including none), other characters match themselves.",
  [("s", "C"), ("p", "C")], "b",
  "solve:{[s;p] d:1b,(count s)#0b; f:{[s;d;c] $[c=\"*\";maxs d;0b,(-1_d)&(c=\"?\")|s=c]}[s]; last f/[d;p]}",
  [("solve:{[s;p] d:1b,(count s)#0b; f:{[s;d;c] $[c=\"*\";0b,-1_d;0b,(-1_d)&(c=\"?\")|s=c]}[s]; last f/[d;p]}", "`*` matches exactly one character"),
   ("solve:{[s;p] d:1b,(count s)#0b; f:{[s;d;c] $[c=\"*\";0b,-1_maxs d;0b,(-1_d)&(c=\"?\")|s=c]}[s]; last f/[d;p]}", "`*` must match at least one character")],
  [("aa", "a"), ("aa", "*"), ("cb", "?a"), ("adceb", "*a*b"), ("acdcb", "a*c?b"), ("", ""), ("", "*"), ("a", ""),
   ("abc", "abc*"), ("abcd", "a?c?"), ("mississippi", "m*iss*p?i"), ("b", "?b"), ("", "a")],
  _wild)


def _sudoku(b):
    def ok(cells):
        vals = [v for v in cells if v]
        return len(vals) == len(set(vals))
    rows = all(ok(r) for r in b)
    cols = all(ok([b[i][j] for i in range(9)]) for j in range(9))
    boxes = all(ok([b[i][j] for i in range(r, r + 3) for j in range(c, c + 3)]) for r in (0, 3, 6) for c in (0, 3, 6))
    return rows and cols and boxes


_SUDOKU = [[5, 3, 0, 0, 7, 0, 0, 0, 0], [6, 0, 0, 1, 9, 5, 0, 0, 0], [0, 9, 8, 0, 0, 0, 0, 6, 0],
           [8, 0, 0, 0, 6, 0, 0, 0, 3], [4, 0, 0, 8, 0, 3, 0, 0, 1], [7, 0, 0, 0, 2, 0, 0, 0, 6],
           [0, 6, 0, 0, 0, 0, 2, 8, 0], [0, 0, 0, 4, 1, 9, 0, 0, 5], [0, 0, 0, 0, 8, 0, 0, 7, 9]]
_SOLVED = [[(3 * (i % 3) + i // 3 + j) % 9 + 1 for j in range(9)] for i in range(9)]


def _with(board, i, j, v):
    b = [list(r) for r in board]
    b[i][j] = v
    return b


P(294, "Valid sudoku", "medium", ["matrices", "dicts"],
  "`b` is a 9-by-9 matrix of digits, 0 meaning empty. Return whether no row, no column and no "
  "3-by-3 box contains the same non-zero digit twice (the puzzle need not be solvable).",
  [("b", MATRIX)], "b",
  "solve:{[b] ok:{all 1=count each group x except 0}; "
  "bx:{[b;k] raze b[(3*k div 3)+til 3;(3*k mod 3)+til 3]}[b] each til 9; "
  "(all ok each b)&(all ok each flip b)&all ok each bx}",
  [("solve:{[b] ok:{all 1=count each group x except 0}; (all ok each b)&all ok each flip b}", "does not check the boxes"),
   ("solve:{[b] ok:{all 1=count each group x}; "
    "bx:{[b;k] raze b[(3*k div 3)+til 3;(3*k mod 3)+til 3]}[b] each til 9; "
    "(all ok each b)&(all ok each flip b)&all ok each bx}", "treats repeated empty cells as a clash")],
  [[_SUDOKU], [_with(_SUDOKU, 0, 0, 8)], [[[0] * 9 for _ in range(9)]], [_SOLVED], [_with(_SOLVED, 4, 4, 1)],
   [_with(_SUDOKU, 1, 1, 5)], [_with(_SUDOKU, 8, 0, 5)], [_with(_with(_SOLVED, 0, 0, 0), 0, 1, 0)],
   [_with([[0] * 9 for _ in range(9)], 0, 0, 7)], [_with(_with([[0] * 9 for _ in range(9)], 0, 0, 7), 1, 1, 7)],
   [_with(_with([[0] * 9 for _ in range(9)], 0, 0, 5), 0, 4, 5)]],
  _sudoku)


def _longest_consec(nums):
    s = set(nums)
    best = 0
    for v in s:
        if v - 1 not in s:
            k = 1
            while v + k in s:
                k += 1
            best = max(best, k)
    return best


P(295, "Longest consecutive sequence", "medium", ["sorting", "dicts"],
  "Return the length of the longest run of consecutive integers (v, v+1, v+2, ...) whose values "
  "all occur in `nums`, in any order and possibly repeated.",
  [("nums", "J")], "j",
  "solve:{[nums] if[0=count nums;:0]; d:asc distinct nums; max count each group sums not 1=deltas d}",
  [("solve:{[nums] if[0=count nums;:0]; d:asc nums; max count each group sums not 1=deltas d}", "duplicates break the run"),
   ("solve:{[nums] if[0=count nums;:0]; d:asc distinct nums; 1+count where 1=1_deltas d}", "counts all consecutive pairs, not the longest run")],
  [[100, 4, 200, 1, 3, 2], [0, 3, 7, 2, 5, 8, 4, 6, 0, 1], [], [5], [1, 2, 2, 3], [1, 2, 3, 10, 11], [-2, -1, 0, 5],
   [9, 1, 4, 7, 3, -1, 0, 5, 8, -1, 6], prand(100000, 100000), [0], [-1, 0, 1]],
  lambda nums: _longest_consec(nums))


def _subarray_k(nums, k):
    return sum(1 for i in range(len(nums)) for j in range(i + 1, len(nums) + 1) if sum(nums[i:j]) == k) \
        if len(nums) < 200 else _subarray_k_fast(nums, k)


def _subarray_k_fast(nums, k):
    seen, s, n = Counter([0]), 0, 0
    for v in nums:
        s += v
        n += seen[s - k]
        seen[s] += 1
    return n


P(296, "Subarrays summing to k", "medium", ["lists", "dicts"],
  "Return the number of non-empty contiguous sublists of `nums` whose sum is `k`.",
  [("nums", "J"), ("k", "j")], "j",
  "solve:{[nums;k] p:0,sums nums; sum {[p;k;j] count where (j#p)=(p j)-k}[p;k] each 1+til count nums}",
  [("solve:{[nums;k] p:0,sums nums; sum {[p;k;j] count where ((j+1)#p)=(p j)-k}[p;k] each 1+til count nums}", "counts empty sublists when k is 0"),
   ("solve:{[nums;k] count where k=sums nums}", "only sublists starting at the first element")],
  [([1, 1, 1], 2), ([1, 2, 3], 3), ([], 0), ([5], 5), ([0, 0, 0], 0), ([1, -1, 1, -1], 0), ([3, 4, 7, 2, -3, 1, 4, 2], 7),
   ([-1, -1, 1], 0), (prand(2000, 21, off=-10), 5)],
  _subarray_k)


# ------------------------------------------------------------------------------------ more


def _distinct_subseq(s, t):
    d = [1] + [0] * len(t)
    for c in s:
        for j in range(len(t), 0, -1):
            if t[j - 1] == c:
                d[j] += d[j - 1]
    return d[-1]


P(297, "Distinct subsequences", "hard", ["dynamic programming", "strings"],
  "Return the number of distinct ways to choose positions of `s` (in order) that spell `t`, i.e. "
  "the number of subsequences of `s` equal to `t`. The empty `t` occurs once in any `s`.",
  [("s", "C"), ("t", "C")], "j",
  "solve:{[s;t] last {[t;d;c] d+0,(-1_d)*t=c}[t]/[1,(count t)#0;s]}",
  [("solve:{[s;t] last {[t;d;c] d+0,-1_d}[t]/[1,(count t)#0;s]}", "ignores whether the characters match"),
   ("solve:{[s;t] last {[t;d;c] d+0,(-1_d)*t=c}[t]/[(1+count t)#1;s]}", "starts every count at 1")],
  [("rabbbit", "rabbit"), ("babgbag", "bag"), ("", ""), ("abc", ""), ("", "a"), ("aaa", "aa"), ("abc", "abcd"),
   ("xyz", "xz"), (Q("200#\"ab\"", "ab" * 100), "aba")],
  _distinct_subseq)


def _next_perm(nums):
    if len(nums) <= 8:
        perms = sorted(set(permutations(nums)))
        i = perms.index(tuple(nums))
        return list(perms[(i + 1) % len(perms)])
    a = list(nums)
    i = max(k for k in range(len(a) - 1) if a[k] < a[k + 1])
    j = max(k for k in range(len(a)) if a[k] > a[i])
    a[i], a[j] = a[j], a[i]
    return a[:i + 1] + a[i + 1:][::-1]


P(298, "Next permutation", "medium", ["sorting", "lists"],
  "Return the next arrangement of `nums` in lexicographic order of its permutations. If `nums` is "
  "the last (non-increasing) arrangement, return the first one, i.e. sorted ascending.",
  [("nums", "J")], "J",
  "solve:{[nums] i:last where (-1_nums)<1_nums; if[null i;:asc nums]; j:last where nums>nums i; "
  "nums:@[nums;i,j;:;nums j,i]; ((i+1)#nums),reverse (i+1)_nums}",
  [("solve:{[nums] i:last where (-1_nums)<1_nums; if[null i;:asc nums]; j:last where nums>nums i; "
    "@[nums;i,j;:;nums j,i]}", "does not reverse the tail after the swap"),
   ("solve:{[nums] i:last where (-1_nums)<1_nums; if[null i;:nums]; j:last where nums>nums i; "
    "nums:@[nums;i,j;:;nums j,i]; ((i+1)#nums),reverse (i+1)_nums}", "does not wrap around after the last arrangement")],
  [[1, 2, 3], [3, 2, 1], [1, 1, 5], [], [7], [1, 3, 2], [2, 3, 1], [1, 5, 8, 4, 7, 6, 5, 3, 1], [5, 1, 1],
   til(100000), [1, 2, 1]],
  _next_perm, outputs={9: Out("(til 99998),99999 99998", list(range(99998)) + [99999, 99998])})

P(299, "K-th permutation", "hard", ["math", "lists"],
  "Return the `k`-th (1-based) permutation of `1..n` in lexicographic order, for `1 <= n <= 9` "
  "and `1 <= k <= n!`.",
  [("n", "j"), ("k", "j")], "J",
  "solve:{[n;k] a:1+til n; k-:1; r:0#0; while[count a; f:prd 1+til -1+count a; r,:a k div f; a:a _ k div f; k:k mod f]; r}",
  [("solve:{[n;k] a:1+til n; r:0#0; while[count a; f:prd 1+til -1+count a; r,:a k div f; a:a _ k div f; k:k mod f]; r}", "k used as 0-based"),
   ("solve:{[n;k] a:1+til n; k-:1; r:0#0; while[count a; f:prd 1+til count a; r,:a k div f; a:a _ k div f; k:k mod f]; r}", "factorial one too large")],
  [(3, 3), (4, 9), (3, 1), (1, 1), (3, 6), (2, 2), (5, 120), (9, 362880), (9, 100000), (6, 400)],
  lambda n, k: list(next(p for i, p in enumerate(permutations(range(1, n + 1))) if i == k - 1)))

P(300, "Gray code", "medium", ["bits"],
  "Return the n-bit reflected Gray code sequence (`0 <= n <= 16`) as a long list of 2^n values: "
  "it starts at 0 and the code for n bits is the code for n-1 bits followed by the same codes in "
  "reverse order with bit n-1 set.",
  [("n", "j")], "J",
  "solve:{[n] n{x,(count x)+reverse x}/enlist 0}",
  [("solve:{[n] til \"j\"$2 xexp n}", "plain binary counting"),
   ("solve:{[n] n{x,(count x)+x}/enlist 0}", "appends without reflecting")],
  [2, 0, 1, 3, 4, 5, 6, 9],
  lambda n: [i ^ (i >> 1) for i in range(2 ** n)])


def _scheduler(tasks, n):
    left = Counter(tasks)
    ready = {t: 0 for t in left}
    time = 0
    while sum(left.values()):
        cands = [t for t in left if left[t] and ready[t] <= time]
        if cands:
            t = max(cands, key=lambda x: (left[x], x))
            left[t] -= 1
            ready[t] = time + n + 1
        time += 1
    return time


P(301, "Task scheduler", "medium", ["greedy", "dicts"],
  "Each character of `tasks` (non-empty) is a task taking one time unit; equal tasks must be at "
  "least `n` units apart, and the CPU may idle. Return the least total time to run all tasks.",
  [("tasks", "C"), ("n", "j")], "j",
  "solve:{[tasks;n] c:value count each group tasks; m:max c; (count tasks)|((m-1)*n+1)+count where c=m}",
  [("solve:{[tasks;n] c:value count each group tasks; m:max c; (count tasks)|1+(m-1)*n+1}", "ignores other tasks as frequent as the most frequent"),
   ("solve:{[tasks;n] c:value count each group tasks; m:max c; ((m-1)*n+1)+count where c=m}", "misses that no idling may be needed")],
  [("AAABBB", 2), ("AAABBB", 0), ("AAAAAABCDEFG", 2), ("A", 5), ("ABC", 3), ("AAB", 1), ("AABBCC", 1), ("AAAB", 3),
   ("AAABBBCCCDD", 2)],
  _scheduler)


def _queue(people):
    for p in permutations(people):
        if all(sum(1 for q in p[:i] if q[0] >= h) == k for i, (h, k) in enumerate(p)):
            return [list(x) for x in p]


P(302, "Queue reconstruction by height", "medium", ["greedy", "sorting"],
  "Each row `[h, k]` of `people` (non-empty) is a person of height h with exactly k people of "
  "height >= h in front of them. Return the queue (rows in queue order) that satisfies all of them.",
  [("people", MATRIX)], MATRIX,
  "solve:{[people] p:people iasc (1000000*neg people[;0])+people[;1]; {[r;x] (x[1]#r),(enlist x),x[1]_r}/[();p]}",
  [("solve:{[people] p:people iasc (1000000*people[;0])+people[;1]; {[r;x] (x[1]#r),(enlist x),x[1]_r}/[();p]}", "inserts the shortest people first"),
   ("solve:{[people] people iasc (1000000*neg people[;0])+people[;1]}", "sorts but never moves a person to position k")],
  [[[[7, 0], [4, 4], [7, 1], [5, 0], [6, 1], [5, 2]]], [[[6, 0], [5, 0], [4, 0], [3, 2], [2, 2], [1, 4]]], [[[1, 0]]],
   [[[2, 0], [1, 1]]], [[[1, 0], [2, 0]]], [[[5, 0], [5, 1], [5, 2]]], [[[3, 1], [4, 0]]], [[[9, 0], [7, 0], [1, 2], [3, 1]]],
   [[[7, 0], [7, 1], [5, 2], [5, 0]]]],
  _queue)


def _daily(temps):
    out = []
    for i, t in enumerate(temps):
        out.append(next((j - i for j in range(i + 1, len(temps)) if temps[j] > t), 0))
    return out


P(303, "Daily temperatures", "medium", ["stacks", "searching"],
  "For each day of `temps` (non-empty), return how many days you wait for a strictly warmer "
  "day, or 0 if none comes, as a long list.",
  [("temps", "J")], "J",
  "solve:{[temps] {[t;i] w:where (i _t)>t i; $[count w;first w;0]}[temps] each til count temps}",
  [("solve:{[temps] {[t;i] first where (i _t)>t i}[temps] each til count temps}", "null instead of 0 when no warmer day comes"),
   ("solve:{[temps] {[t;i] w:where ((i+1)_t)>=t i; $[count w;1+first w;0]}[temps] each til count temps}", "an equal temperature counts as warmer")],
  [[73, 74, 75, 71, 69, 72, 76, 73], [30, 40, 50, 60], [30, 60, 90], [50], [5, 5, 5], [3, 2, 1, 4], [-5, -10, 0],
   [1, 3, 3, 2, 4], prand(1000, 100, mult=37)],
  _daily)


def _rot(grid):
    g = [list(r) for r in grid]
    t = 0
    while True:
        new = [(i, j) for i in range(len(g)) for j in range(len(g[0])) if g[i][j] == 1 and any(
            0 <= a < len(g) and 0 <= b < len(g[0]) and g[a][b] == 2
            for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)))]
        if not new:
            return -1 if any(1 in r for r in g) else t
        for i, j in new:
            g[i][j] = 2
        t += 1


P(304, "Rotting oranges", "medium", ["matrices", "simulation", "graphs"],
  "`grid` is a non-empty matrix: 0 empty, 1 fresh orange, 2 rotten orange. Each minute every "
  "fresh orange next to a rotten one (up, down, left, right) becomes rotten. Return the minutes "
  "until no fresh orange is left, or -1 if that never happens.",
  [("grid", MATRIX)], "j",
  "solve:{[grid] f:{[r] z:0b&first r; ((1_r),enlist z)|(enlist[z],-1_r)|({(1_x),0b} each r)|{0b,-1_x} each r}; "
  "g:grid; t:0; while[1b; new:(g=1)&f g=2; if[not any raze new; :$[any raze g=1;-1;t]]; g:g+new; t+:1]}",
  [("solve:{[grid] f:{[r] z:0b&first r; ((1_r),enlist z)|(enlist[z],-1_r)|({(1_x),0b} each r)|{0b,-1_x} each r}; "
    "g:grid; t:0; while[1b; new:(g=1)&f g=2; if[not any raze new; :t]; g:g+new; t+:1]}", "never reports -1"),
   ("solve:{[grid] f:{[r] ({(1_x),0b} each r)|{0b,-1_x} each r}; "
    "g:grid; t:0; while[1b; new:(g=1)&f g=2; if[not any raze new; :$[any raze g=1;-1;t]]; g:g+new; t+:1]}", "rot spreads only sideways")],
  [[[[2, 1, 1], [1, 1, 0], [0, 1, 1]]], [[[2, 1, 1], [0, 1, 1], [1, 0, 1]]], [[[0, 2]]], [[[0]]], [[[1]]], [[[2, 1]]],
   [[[2], [1], [1]]], [[[1, 2, 1], [1, 1, 1]]], [[[2, 0, 1]]]],
  _rot)


def _spiral_matrix(n):
    m = [[0] * n for _ in range(n)]
    i = j = 0
    di, dj = 0, 1
    for v in range(1, n * n + 1):
        m[i][j] = v
        a, b = i + di, j + dj
        if not (0 <= a < n and 0 <= b < n and m[a][b] == 0):
            di, dj = dj, -di
            a, b = i + di, j + dj
        i, j = a, b
    return m


P(305, "Spiral matrix", "medium", ["matrices", "simulation"],
  "Return the `n`-by-`n` matrix (`n >= 1`) holding 1..n*n in clockwise spiral order starting at "
  "the top-left corner.",
  [("n", "j")], MATRIX,
  "solve:{[n] sp:{[m] r:0#0; while[count m; r,:first m; m:$[1<count m;reverse flip 1_m;()]]; r}; "
  "o:sp (n;n)#til n*n; (n;n)#@[(n*n)#0;o;:;1+til n*n]}",
  [("solve:{[n] (n;n)#1+til n*n}", "fills row by row"),
   ("solve:{[n] sp:{[m] r:0#0; while[count m; r,:first m; m:$[1<count m;reverse flip 1_m;()]]; r}; "
    "o:sp (n;n)#til n*n; flip (n;n)#@[(n*n)#0;o;:;1+til n*n]}", "turns counter-clockwise")],
  [3, 1, 2, 4, 5, 6, 7, 20],
  _spiral_matrix)


def _except_self(nums):
    return [math.prod(nums[:i] + nums[i + 1:]) for i in range(len(nums))]


P(306, "Product except self", "medium", ["lists", "math"],
  "Return a long list whose item i is the product of all items of `nums` except item i (the "
  "products fit in a long). Do not divide: `nums` may contain zeros.",
  [("nums", "J")], "J",
  "solve:{[nums] l:-1_1,prds nums; r:reverse -1_1,prds reverse nums; l*r}",
  [("solve:{[nums] -1_1,prds nums}", "only the products to the left"),
   ("solve:{[nums] (prd nums)%nums}", "wrong type: float division")],
  [[1, 2, 3, 4], [-1, 1, 0, -3, 3], [5], [], [2, 3], [0, 0], [0, 4, 5], [-2, -3, 4], Q("100000#1", [1] * 100000)],
  lambda nums: _except_self(nums) if len(nums) < 1000 else [1] * len(nums),
  outputs={8: Out("100000#1", [1] * 100000)})


def _squares(n):
    d = [0] + [None] * n
    for i in range(1, n + 1):
        d[i] = 1 + min(d[i - k * k] for k in range(1, math.isqrt(i) + 1))
    return d[n]


P(307, "Perfect squares", "medium", ["dynamic programming", "math"],
  "Return the least number of perfect squares (1, 4, 9, ...) that sum to `n >= 1`.",
  [("n", "j")], "j",
  "solve:{[n] d:{[d;i] q:1+til floor sqrt i; d,1+min d i-q*q}/[enlist 0;1+til n]; last d}",
  [("solve:{[n] c:0; while[n>0; r:floor sqrt n; n-:r*r; c+:1]; c}", "greedy: largest square first"),
   ("solve:{[n] d:{[d;i] q:1+til floor sqrt i-1; d,1+min d i-q*q}/[enlist 0;1+til n]; last d}", "never uses i itself when it is a square")],
  [12, 13, 1, 4, 7, 43, 100, 500],
  _squares)

P(308, "Reverse the bits", "easy", ["bits"],
  "Treat `n` (0 <= n < 2^32) as a 32-bit unsigned number and return the number whose 32 bits are "
  "those of `n` in reverse order.",
  [("n", "j")], "j",
  "solve:{[n] 2 sv reverse (32#2) vs n}",
  [("solve:{[n] 2 sv reverse 2 vs n}", "drops the leading zeros before reversing"),
   ("solve:{[n] 2 sv reverse (31#2) vs n}", "only 31 bits")],
  [43261596, 4294967293, 0, 1, 2147483648, 4294967295, 6, 305419896],
  lambda n: int(format(n, "032b")[::-1], 2))


def _bulls(secret, guess):
    a = sum(x == y for x, y in zip(secret, guess))
    common = sum((Counter(secret) & Counter(guess)).values())
    return f"{a}A{common - a}B"


P(309, "Bulls and cows", "medium", ["strings", "dicts"],
  "`secret` and `guess` are digit strings of equal length. Bulls are positions where they agree; "
  "cows are further digits of the guess that occur in the secret at other positions (each secret "
  "digit is matched at most once). Return the string `\"<bulls>A<cows>B\"`.",
  [("secret", "C"), ("guess", "C")], "C",
  "solve:{[secret;guess] a:count where secret=guess; "
  "c:sum {[s;g;d] (count where s=d)&count where g=d}[secret;guess] each \"0123456789\"; (string a),\"A\",(string c-a),\"B\"}",
  [("solve:{[secret;guess] a:count where secret=guess; c:count where guess in secret; (string a),\"A\",(string c-a),\"B\"}", "ignores how often a digit occurs"),
   ("solve:{[secret;guess] a:count where secret=guess; "
    "c:sum {[s;g;d] (count where s=d)&count where g=d}[secret;guess] each \"0123456789\"; (string a),\"A\",(string c),\"B\"}", "counts bulls as cows too")],
  [("1807", "7810"), ("1123", "0111"), ("1234", "1234"), ("1234", "5678"), ("1", "1"), ("1", "2"), ("1122", "2211"),
   ("0000", "0001"), ("9305", "7359")],
  _bulls)


def _container(h):
    if len(h) < 300:
        return max([min(h[i], h[j]) * (j - i) for i in range(len(h)) for j in range(i + 1, len(h))] or [0])
    i, j, best = 0, len(h) - 1, 0
    while i < j:
        best = max(best, min(h[i], h[j]) * (j - i))
        if h[i] < h[j]:
            i += 1
        else:
            j -= 1
    return best


P(310, "Container with most water", "medium", ["lists", "searching"],
  "Vertical lines of heights `h` stand at positions 0, 1, 2, ... Two lines and the x-axis form a "
  "container holding `min(h[i],h[j])*(j-i)` water. Return the most water a container can hold "
  "(0 with fewer than two lines).",
  [("h", "J")], "j",
  "solve:{[h] max 0,raze {[h;i] (h[i]&(i+1)_h)*1+til (count h)-i+1}[h] each til count h}",
  [("solve:{[h] max 0,raze {[h;i] (h[i]&(i+1)_h)*til (count h)-i+1}[h] each til count h}", "width off by one"),
   ("solve:{[h] max 0,raze {[h;i] (h[i]|(i+1)_h)*1+til (count h)-i+1}[h] each til count h}", "uses the taller line")],
  [[1, 8, 6, 2, 5, 4, 8, 3, 7], [1, 1], [], [5], [4, 3, 2, 1, 4], [1, 2, 1], [0, 0, 0], [2, 3, 10, 5, 7, 8, 9],
   prand(1000, 10000)],
  _container)


# ------------------------------------------------------------------------------------ large inputs
# One large case per problem where the statement allows it, kept apart so the definitions above
# stay readable. Expected values still come from the oracles.


def _big(title: str, case, out: Out | None = None) -> None:
    spec = next(s for s in SPECS if s.title == title)
    spec.cases.append(case if isinstance(case, tuple) else (case,))
    if out is not None:
        spec.outputs[len(spec.cases) - 1] = out


_PAIRS = Q("{x,'x+1} 2*til 400", [[2 * i, 2 * i + 1] for i in range(400)])
_ONES30 = [[1] * 30 for _ in range(30)]

_big("Sort words by length", Q("reverse string til 1000", [str(i) for i in range(999, -1, -1)]),
     Out("(reverse string til 10),(reverse string 10+til 90),reverse string 100+til 900",
         [str(i) for i in range(9, -1, -1)] + [str(i) for i in range(99, 9, -1)] + [str(i) for i in range(999, 99, -1)]))
_big("Sort characters by frequency", Q("1000#\"abcab\"", "abcab" * 200),
     Out("(400#\"a\"),(400#\"b\"),200#\"c\"", "a" * 400 + "b" * 400 + "c" * 200))
_big("Baseball score keeper", Q("string 1+til 1000", [str(i) for i in range(1, 1001)]))
_big("Josephus survivor", (1000, 3))
_big("Game of life step", Q("(30;30)#1", _ONES30),
     Out("{x[0 29;0 29]:1; x} (30;30)#0", [[1 if i in (0, 29) and j in (0, 29) else 0 for j in range(30)] for i in range(30)]))
_big("Spiral order", Q("enlist til 5000", [list(range(5000))]), Out("til 5000", list(range(5000))))
_big("Gas station", (Q("(1999#0),1999", [0] * 1999 + [1999]), Q("2000#1", [1] * 2000)))
_big("Edit distance", (Q("300#\"abc\"", "abc" * 100), Q("300#\"abd\"", "abd" * 100)))
_big("Word break", (Q("500#\"ab\"", "ab" * 250), ["ba", "a", "b"]))
_big("Maximum product subarray", Q("60#2 -1", [2, -1] * 30))
_big("Longest palindromic substring", Q("300#\"ab\"", "ab" * 150))
_big("0/1 knapsack", (Q("1+til 100", list(range(1, 101))), Q("1+til 100", list(range(1, 101))), 1000))
_big("Triangle minimum path", Q("{(1+x)#x} each til 100", [[i] * (i + 1) for i in range(100)]))
_big("Jump game II", Q("10000#1", [1] * 10000))
_big("Maximal square", Q("(60;60)#1", [[1] * 60 for _ in range(60)]))
_big("Minimum window substring", (Q("1000#\"abcdefghij\"", "abcdefghij" * 100), "jab"))
_big("Minimum arrows to burst balloons", _PAIRS)
_big("Non-overlapping intervals", _PAIRS)
_big("Merge intervals", _PAIRS, Out("{x,'x+1} 2*til 400", _PAIRS.value))
_big("Meeting rooms needed", _PAIRS)
_big("Partition labels", Q("1000#\"abc\"", "abc" * 333 + "a"))
_big("Candy", til(1000))
_big("Matrix diagonal sum", Q("(100;100)#til 10000", [[100 * i + j for j in range(100)] for i in range(100)]))
_big("Toeplitz matrix", Q("{(til 100)-x} each til 100", [[j - i for j in range(100)] for i in range(100)]))
_big("Set matrix zeroes", Q("(50;50)#1+til 2500", [[50 * i + j + 1 for j in range(50)] for i in range(50)]),
     Out("(50;50)#1+til 2500", [[50 * i + j + 1 for j in range(50)] for i in range(50)]))
_big("Lucky numbers in a matrix", Q("(100;100)#til 10000", [[100 * i + j for j in range(100)] for i in range(100)]))
_big("Matrix multiplication", (Q("(20;20)#1", [[1] * 20 for _ in range(20)]), Q("(20;20)#1", [[1] * 20 for _ in range(20)])),
     Out("(20;20)#20", [[20] * 20 for _ in range(20)]))
_big("Number of islands", Q("(40;40)#1 0", [[1 - j % 2 for j in range(40)] for _ in range(40)]))
_big("Flood fill", (Q("(30;30)#0", [[0] * 30 for _ in range(30)]), 15, 15, 3), Out("(30;30)#3", [[3] * 30 for _ in range(30)]))
_big("Image smoother", Q("(40;40)#5", [[5] * 40 for _ in range(40)]), Out("(40;40)#5", [[5] * 40 for _ in range(40)]))
_big("Evaluate reverse Polish notation",
     Q("(enlist enlist \"1\"),raze 500#enlist (enlist \"1\";enlist \"+\")", ["1"] + ["1", "+"] * 500))
_big("Basic calculator", Q("\"1\",raze 1000#enlist \"+1\"", "1" + "+1" * 1000))
_big("Decode a repeated string", "100[ab]")
_big("Wildcard matching", (Q("300#\"a\"", "a" * 300), "*a*b"))
_big("String to integer", Q("(1000#\" \"),\"-42\"", " " * 1000 + "-42"))
_big("Task scheduler", (Q("1000#\"ABCDE\"", "ABCDE" * 200), 4))
_big("Rotting oranges", Q("(30;30)#2,29#1", [[2] + [1] * 29 for _ in range(30)]))
_big("Bulls and cows", (Q("1000#\"1234567890\"", "1234567890" * 100), Q("1000#\"0987654321\"", "0987654321" * 100)))
_big("Total quantity by symbol", Q("([] sym:100000#`a`b`c;qty:til 100000)",
                                   {"sym": ["abc"[i % 3] for i in range(100000)], "qty": list(range(100000))}))
_big("Ids above average", Q("([] id:til 1000;v:1000#0 1f)", {"id": list(range(1000)), "v": [float(i % 2) for i in range(1000)]}),
     Out("1+2*til 500", [1 + 2 * i for i in range(500)]))
_big("Add a total column", Q("([] qty:til 1000;price:1000#2)", {"qty": list(range(1000)), "price": [2] * 1000}),
     Out("([] qty:til 1000;price:1000#2;total:2*til 1000)",
         {"qty": list(range(1000)), "price": [2] * 1000, "total": [2 * i for i in range(1000)]}))



def main() -> None:
    rows = write(SPECS, PROBLEMS_DIR / "part_b.jsonl")
    n_test = sum(r["split"] == "test" for r in rows)
    print(f"part_b.jsonl: {len(rows)} problems ({len(rows) - n_test} train, {n_test} test), "
          f"{sum(len(r['tests']) for r in rows)} tests", file=sys.stderr)


if __name__ == "__main__":
    main()
