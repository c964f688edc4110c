"""Part A of the built-in set (qrl-0001..qrl-0110): lists, strings, math, dictionaries and basic
searching, mostly easy and medium.  Each problem: statement, q types, a reference in q, known-wrong
answers, inputs, and a Python oracle that works out the expected values from the statement.
"""
from __future__ import annotations

import math
from collections import Counter

from data.authoring.build import Out, Q, Spec

SPECS: list[Spec] = []
BIG = 100000
TIL = Q(f"til {BIG}", list(range(BIG)))
TIL_NEG = Q(f"{BIG // 2}-til {BIG}", [BIG // 2 - i for i in range(BIG)])
LOWER = "abcdefghijklmnopqrstuvwxyz"


def P(id_: int, title: str, difficulty: str, tags: list[str], statement: str, args, returns,
      reference: str, wrong, cases, oracle, **kw) -> None:
    SPECS.append(Spec(id=f"qrl-{id_:04d}", title=title, difficulty=difficulty, tags=tags,
                      statement=statement, args=args, returns=returns, reference=reference,
                      wrong=wrong, cases=cases, oracle=oracle, **kw))


def nn(xs):
    """The non-null items of a list (q's aggregates skip nulls)."""
    return [x for x in xs if x is not None]


# ------------------------------------------------------------------------------------ lists

P(1, "Sum of a list", "easy", ["lists", "math"],
  "Return the sum of the numbers in `nums`. Null entries are ignored; the sum of an empty list is 0.",
  [("nums", "J")], "j",
  "solve:{[nums] sum nums}",
  [("solve:{[nums] sum 1_nums}", "off by one: skips the first element"),
   ("solve:{[nums] \"i\"$sum nums}", "wrong type: returns an int, not a long"),
   ("solve:{[nums] first sums nums}", "returns the first element, not the total")],
  [([1, 2, 3],), ([],), ([7],), ([-5, 5, -10],), ([1, None, 3],), ([10**12, 10**12],),
   ([0, 0, 0],), (TIL,)],
  lambda nums: sum(nn(nums)), family="sum")

P(2, "Running total", "easy", ["lists", "math"],
  "Return the running (cumulative) sum of `nums`: item i is the sum of the first i+1 items.",
  [("nums", "J")], "J",
  "solve:{[nums] sums nums}",
  [("solve:{[nums] 0,-1_sums nums}", "off by one: exclusive prefix sums"),
   ("solve:{[nums] sum nums}", "returns the total, not the running sum"),
   ("solve:{[nums] \"i\"$sums nums}", "wrong type: int list instead of long list")],
  [([1, 2, 3, 4],), ([],), ([5],), ([-1, -2, 3],), ([0, 0, 1],), ([10, -10, 10, -10],),
   ([3, 1, 4, 1, 5, 9, 2, 6],), ([100, 200],)],
  lambda nums: [sum(nums[: i + 1]) for i in range(len(nums))], family="sum")

P(3, "Second largest distinct value", "easy", ["lists", "sorting"],
  "Return the second largest *distinct* value in `nums`. If there are fewer than two distinct "
  "values, return the long null `0N`.",
  [("nums", "J")], "j",
  "solve:{[nums] d:desc distinct nums; $[2>count d;0N;d 1]}",
  [("solve:{[nums] (desc nums) 1}", "ignores duplicates of the largest value"),
   ("solve:{[nums] d:desc distinct nums; $[2>count d;first d;d 1]}", "returns the largest value when there is no second one"),
   ("solve:{[nums] d:asc distinct nums; $[2>count d;0N;d 1]}", "second smallest, not second largest")],
  [([3, 1, 4, 1, 5],), ([5, 5, 4],), ([7],), ([],), ([2, 2, 2],), ([-1, -5, -3],),
   ([10, 9],), (TIL,)],
  lambda nums: (sorted(set(nums), reverse=True)[1] if len(set(nums)) >= 2 else None),
  returns_note="(`0N` when there is no second distinct value)")

P(4, "Count positive numbers", "easy", ["lists"],
  "Return how many items of `nums` are strictly greater than zero.",
  [("nums", "J")], "j",
  "solve:{[nums] count where nums>0}",
  [("solve:{[nums] sum nums>0}", "wrong type: sum of booleans is an int"),
   ("solve:{[nums] count where nums>=0}", "counts zeros as positive")],
  [([1, -2, 3, 0],), ([],), ([0],), ([5],), ([-1, -2],), ([0, 0, 1],), ([1, None, 2],), (TIL_NEG,)],
  lambda nums: sum(1 for x in nums if x is not None and x > 0))

P(5, "Reverse a list", "easy", ["lists"],
  "Return the items of `nums` in reverse order.",
  [("nums", "J")], "J",
  "solve:{[nums] reverse nums}",
  [("solve:{[nums] desc nums}", "sorts descending instead of reversing"),
   ("solve:{[nums] 1_reverse nums}", "drops an item")],
  [([1, 2, 3],), ([],), ([9],), ([3, 1, 2],), ([-1, 0, -1],), ([5, 5],), ([1, None, 2],),
   ([2, 7, 1, 8, 2, 8],)],
  lambda nums: nums[::-1], family="reverse")

P(6, "Rotate a list left", "easy", ["lists"],
  "Rotate `nums` left by `k` places: the first `k` items move to the end. `k` may be larger "
  "than the list, or negative (rotate right). `nums` is never empty.",
  [("nums", "J"), ("k", "j")], "J",
  "solve:{[nums;k] k rotate nums}",
  [("solve:{[nums;k] (k _ nums),k#nums}", "breaks when k is larger than the list or negative"),
   ("solve:{[nums;k] (neg k) rotate nums}", "rotates the wrong way")],
  [([1, 2, 3, 4, 5], 2), ([1, 2, 3], 0), ([1, 2, 3], 3), ([1, 2, 3], 4), ([1, 2, 3], -1),
   ([7], 5), ([1, 2], 1), ([4, 5, 6, 7], -6)],
  lambda nums, k: nums[k % len(nums):] + nums[: k % len(nums)])

P(7, "Differences between neighbours", "easy", ["lists", "math"],
  "Return the list of differences `nums[i+1]-nums[i]`, one shorter than `nums` (empty for fewer "
  "than two items).",
  [("nums", "J")], "J",
  "solve:{[nums] 1_deltas nums}",
  [("solve:{[nums] deltas nums}", "keeps the first item: one too many results"),
   ("solve:{[nums] 1_(-':)reverse nums}", "subtracts in the wrong direction")],
  [([1, 4, 9, 16],), ([],), ([5],), ([3, 3],), ([10, 5, 0],), ([-1, 1, -1],), ([0, 100],),
   ([2, 3, 5, 7, 11],)],
  lambda nums: [nums[i + 1] - nums[i] for i in range(len(nums) - 1)])

P(8, "Pairwise maximum", "easy", ["lists"],
  "Given two lists `a` and `b` of the same length, return the list whose item i is the larger "
  "of `a[i]` and `b[i]`.",
  [("a", "J"), ("b", "J")], "J",
  "solve:{[a;b] a|b}",
  [("solve:{[a;b] max a,b}", "returns one number, the overall maximum"),
   ("solve:{[a;b] a&b}", "takes the minimum")],
  [([1, 5, 3], [4, 2, 6]), ([], []), ([7], [3]), ([-1, -2], [-3, 0]), ([2, 2], [2, 2]),
   ([0, 10, 0], [10, 0, 10]), ([5, 4, 3, 2, 1], [1, 2, 3, 4, 5]), ([-9], [-8])],
  lambda a, b: [max(x, y) for x, y in zip(a, b)])

P(9, "Remove duplicates", "easy", ["lists"],
  "Return the distinct items of `nums`, each at the position of its first occurrence.",
  [("nums", "J")], "J",
  "solve:{[nums] distinct nums}",
  [("solve:{[nums] asc distinct nums}", "sorts instead of keeping first-occurrence order"),
   ("solve:{[nums] nums where 1=count each group[nums] nums}", "drops every value that repeats")],
  [([3, 1, 3, 2, 1],), ([],), ([4],), ([5, 5, 5],), ([-1, 1, -1, 1],), ([1, 2, 3],),
   ([2, 1, 2, 1, 3],), (Q(f"{BIG} # 1 2 3", [1, 2, 3] * (BIG // 3) + [1]),)],
  lambda nums: list(dict.fromkeys(nums)), family="dupes")

P(10, "Index of first occurrence", "easy", ["lists", "search"],
  "Return the index of the first item of `nums` equal to `target`, or -1 when there is none.",
  [("nums", "J"), ("target", "j")], "j",
  "solve:{[nums;target] i:nums?target; $[i<count nums;i;-1]}",
  [("solve:{[nums;target] nums?target}", "returns the count, not -1, when absent"),
   ("solve:{[nums;target] i:last where nums=target; $[null i;-1;i]}", "returns the last occurrence")],
  [([5, 3, 7, 3], 3), ([1, 2, 3], 4), ([], 1), ([8], 8), ([-1, -2], -2), ([0, 0, 0], 0),
   ([4, 5, 6], 6), (TIL, 99999)],
  lambda nums, target: nums.index(target) if target in nums else -1, family="find")

P(11, "All indices of a value", "easy", ["lists", "search"],
  "Return the indices (ascending) of all items of `nums` equal to `target`.",
  [("nums", "J"), ("target", "j")], "J",
  "solve:{[nums;target] where nums=target}",
  [("solve:{[nums;target] nums?target}", "returns only the first index, as an atom"),
   ("solve:{[nums;target] 1+where nums=target}", "1-based instead of 0-based")],
  [([1, 2, 1, 3, 1], 1), ([1, 2, 3], 9), ([], 0), ([4], 4), ([-2, -2], -2), ([0, 1, 0], 0),
   ([5, 6, 7], 7), (Q(f"{BIG}#0 1", [0, 1] * (BIG // 2)), 7)],
  lambda nums, target: [i for i, x in enumerate(nums) if x == target], family="find")

P(12, "Sums of sliding windows", "medium", ["lists", "math"],
  "Return the sums of every window of `k` consecutive items of `nums`, in order: for `n` items "
  "there are `n-k+1` windows, none when `k>n`. `k` is at least 1.",
  [("nums", "J"), ("k", "j")], "J",
  "solve:{[nums;k] (k-1)_k msum nums}",
  [("solve:{[nums;k] k msum nums}", "keeps the partial windows at the start"),
   ("solve:{[nums;k] k _ k msum nums}", "off by one: drops the first full window")],
  [([1, 2, 3, 4, 5], 2), ([1, 2, 3], 3), ([1, 2, 3], 4), ([], 1), ([5], 1), ([-1, 2, -3, 4], 2),
   ([0, 0, 0, 0], 3), (TIL, 100000)],
  lambda nums, k: [sum(nums[i:i + k]) for i in range(max(0, len(nums) - k + 1))])

P(13, "Running maximum", "easy", ["lists"],
  "Return the running maximum of `nums`: item i is the largest of the first i+1 items.",
  [("nums", "J")], "J",
  "solve:{[nums] maxs nums}",
  [("solve:{[nums] max nums}", "returns one number"),
   ("solve:{[nums] mins nums}", "running minimum")],
  [([1, 3, 2, 5, 4],), ([],), ([7],), ([-3, -1, -2],), ([5, 4, 3],), ([2, 2, 2],),
   ([0, -10, 10],), ([1, 2, 3],)],
  lambda nums: [max(nums[: i + 1]) for i in range(len(nums))], family="sum")

P(14, "Flatten a list of lists", "easy", ["lists"],
  "`lists` is a general list of long lists. Return all their items in order as one long list "
  "(an empty long list when there are none).",
  [("lists", ("list", "J"))], "J",
  "solve:{[lists] $[count lists;raze lists;0#0]}",
  [("solve:{[lists] raze lists}", "the empty case gives an untyped empty list, not a long list"),
   ("solve:{[lists] first lists}", "returns only the first list")],
  [([[1, 2], [3], [4, 5, 6]],), ([],), ([[7, 8]],), ([[], [1]],), ([[-1], [-2], [-3]],),
   ([[0, 0], [0]],), ([[1, 2, 3], []],), ([[9], [8, 7], [6, 5, 4]],)],
  lambda lists: [x for l in lists for x in l])

P(15, "Interleave two lists", "easy", ["lists"],
  "`a` and `b` have the same length. Return `a[0], b[0], a[1], b[1], ...` as one long list.",
  [("a", "J"), ("b", "J")], "J",
  "solve:{[a;b] (a,b) iasc (2*til count a),1+2*til count b}",
  [("solve:{[a;b] a,b}", "concatenates instead of interleaving"),
   ("solve:{[a;b] raze b,'a}", "starts with b")],
  [([1, 2, 3], [4, 5, 6]), ([], []), ([7], [8]), ([-1, -2], [0, 0]), ([5, 5], [5, 6]),
   ([1, 3, 5, 7], [2, 4, 6, 8]), ([0], [-9]), ([10, 20], [30, 40])],
  lambda a, b: [x for pair in zip(a, b) for x in pair])

P(16, "Product of a list", "easy", ["lists", "math"],
  "Return the product of the items of `nums`; the product of an empty list is 1.",
  [("nums", "J")], "j",
  "solve:{[nums] prd nums}",
  [("solve:{[nums] prd 1_nums}", "skips the first item"),
   ("solve:{[nums] $[count nums;prd nums;0]}", "empty product should be 1, not 0")],
  [([1, 2, 3, 4],), ([],), ([7],), ([-2, 3],), ([0, 5, 6],), ([-1, -1, -1],), ([10, 10, 10, 10],),
   ([2] * 40,)],
  lambda nums: math.prod(nums), family="sum")

P(17, "Count items above the mean", "easy", ["lists", "math"],
  "Return how many items of `nums` are strictly greater than the mean of `nums` (0 for an empty list).",
  [("nums", "J")], "j",
  "solve:{[nums] count where nums>avg nums}",
  [("solve:{[nums] count where nums>=avg nums}", "counts items equal to the mean"),
   ("solve:{[nums] sum nums>avg nums}", "wrong type: sum of booleans is an int")],
  [([1, 2, 3, 4],), ([],), ([5],), ([2, 2, 2],), ([-5, 0, 5],), ([1, 1, 1, 10],), ([1, 2],),
   (TIL,)],
  lambda nums: sum(1 for x in nums if x * len(nums) > sum(nums)) if nums else 0, family="mean")

P(18, "Is the list sorted", "easy", ["lists", "sorting"],
  "Return `1b` if `nums` is in non-decreasing order, else `0b`. Empty and one-item lists are sorted.",
  [("nums", "J")], "b",
  "solve:{[nums] all 0<=1_deltas nums}",
  [("solve:{[nums] all 0<1_deltas nums}", "rejects equal neighbours"),
   ("solve:{[nums] (first nums)<=last nums}", "only compares the ends")],
  [([1, 2, 2, 3],), ([],), ([5],), ([3, 2],), ([1, 3, 2, 4],), ([-5, -5, -1],), ([1, 5, 2, 6],),
   (TIL,)],
  lambda nums: all(nums[i] <= nums[i + 1] for i in range(len(nums) - 1)), family="sorted")

P(19, "K-th smallest", "easy", ["lists", "sorting"],
  "Return the `k`-th smallest item of `nums` counting from 1 (duplicates count separately). "
  "`1<=k<=count nums`.",
  [("nums", "J"), ("k", "j")], "j",
  "solve:{[nums;k] (asc nums) k-1}",
  [("solve:{[nums;k] (asc nums) k}", "off by one: 0-based k"),
   ("solve:{[nums;k] (desc nums) k-1}", "k-th largest")],
  [([3, 1, 2], 1), ([3, 1, 2], 3), ([5], 1), ([2, 2, 1], 2), ([-1, -5, 0], 2), ([7, 7, 7], 3),
   ([9, 8, 7, 6], 4), (TIL, 500)],
  lambda nums, k: sorted(nums)[k - 1])

P(20, "Two sum", "medium", ["lists", "search"],
  "Return the indices `i j` (with `i<j`) of the two items of `nums` that add up to `target`. "
  "Exactly one such pair exists.",
  [("nums", "J"), ("target", "j")], "J",
  "solve:{[nums;target] n:count nums; p:(til n) cross til n; p:p where (<) ./: p; "
  "first p where target=sum each nums p}",
  [("solve:{[nums;target] where (target-nums) in nums}", "uses an item twice and may return more than two indices"),
   ("solve:{[nums;target] n:count nums; p:(til n) cross til n; first p where target=sum each nums p}",
    "allows i=j and i>j")],
  [([2, 7, 11, 15], 9), ([3, 2, 4], 6), ([3, 3], 6), ([-1, -2, -3, -4], -7), ([0, 4, 3, 0], 0),
   ([1, 5, 1, 5], 10), ([5, 75, 25], 100), ([1, 2], 3)],
  lambda nums, target: next([i, j] for i in range(len(nums)) for j in range(i + 1, len(nums))
                            if nums[i] + nums[j] == target))

P(21, "Forward fill nulls", "easy", ["lists", "nulls"],
  "Replace each null in `nums` by the nearest non-null item before it. Nulls with no non-null "
  "item before them stay null.",
  [("nums", "J")], "J",
  "solve:{[nums] fills nums}",
  [("solve:{[nums] 0^nums}", "fills with 0 instead of the previous value"),
   ("solve:{[nums] reverse fills reverse nums}", "fills backwards from the next value")],
  [([1, None, None, 4, None],), ([],), ([None],), ([None, 2, None],), ([3],), ([1, 2, 3],),
   ([None, None, -1],), ([-5, None, 0, None],)],
  lambda nums: _fills(nums), family="nulls")


def _fills(xs):
    out, last = [], None
    for x in xs:
        last = x if x is not None else last
        out.append(last)
    return out


P(22, "Replace nulls with a default", "easy", ["lists", "nulls"],
  "Return `nums` with every null replaced by `dflt`.",
  [("nums", "J"), ("dflt", "j")], "J",
  "solve:{[nums;dflt] dflt^nums}",
  [("solve:{[nums;dflt] nums^dflt}", "arguments of fill swapped: returns the default list"),
   ("solve:{[nums;dflt] nums where not null nums}", "drops nulls instead of replacing them")],
  [([1, None, 3], 0), ([], 5), ([None], 7), ([None, None], -1), ([4, 5], 9), ([0, None], 0),
   ([None, 2, None, 4], 100), ([-3, None], -3)],
  lambda nums, dflt: [dflt if x is None else x for x in nums], family="nulls")

P(23, "Count nulls", "easy", ["lists", "nulls"],
  "Return how many items of `nums` are null.",
  [("nums", "J")], "j",
  "solve:{[nums] count where null nums}",
  [("solve:{[nums] sum null nums}", "wrong type: sum of booleans is an int"),
   ("solve:{[nums] count where 0=nums}", "counts zeros, not nulls")],
  [([1, None, 3, None],), ([],), ([None],), ([0, 0],), ([5],), ([None, None, None],),
   ([0, None, 0],), (Q(f"{BIG}#1 0N", [1, None] * (BIG // 2)),)],
  lambda nums: sum(1 for x in nums if x is None), family="nulls")

P(24, "Clamp to a range", "easy", ["lists", "math"],
  "Clamp every item of `nums` into the range `lo..hi` (`lo<=hi`): items below `lo` become "
  "`lo`, items above `hi` become `hi`.",
  [("nums", "J"), ("lo", "j"), ("hi", "j")], "J",
  "solve:{[nums;lo;hi] lo|hi&nums}",
  [("solve:{[nums;lo;hi] nums where (nums>=lo)&nums<=hi}", "drops items instead of clamping"),
   ("solve:{[nums;lo;hi] hi|lo&nums}", "bounds swapped")],
  [([1, 5, 10], 2, 8), ([], 0, 1), ([5], 5, 5), ([-10, 0, 10], -1, 1), ([3, 4], 0, 100),
   ([7, 8, 9], 8, 8), ([0, -1, 2], 0, 1), ([100, -100], -50, 50)],
  lambda nums, lo, hi: [min(max(x, lo), hi) for x in nums])

P(25, "Move zeros to the end", "easy", ["lists"],
  "Return `nums` with all zeros moved to the end, keeping the order of the other items.",
  [("nums", "J")], "J",
  "solve:{[nums] (nums where nums<>0),nums where nums=0}",
  [("solve:{[nums] desc nums}", "sorts instead of keeping order"),
   ("solve:{[nums] nums where nums<>0}", "drops the zeros")],
  [([0, 1, 0, 3, 12],), ([],), ([0],), ([5],), ([0, 0, 1],), ([1, 2, 3],), ([-1, 0, -2, 0],),
   ([0, 0, 0, 4, 0],)],
  lambda nums: [x for x in nums if x != 0] + [x for x in nums if x == 0])

P(26, "Cumulative product", "easy", ["lists", "math"],
  "Return the running product of `nums`: item i is the product of the first i+1 items.",
  [("nums", "J")], "J",
  "solve:{[nums] prds nums}",
  [("solve:{[nums] prd nums}", "returns only the total"),
   ("solve:{[nums] 1,-1_prds nums}", "exclusive running product")],
  [([1, 2, 3, 4],), ([],), ([5],), ([-1, 2, -3],), ([2, 0, 5],), ([1, 1, 1],), ([10, 10],),
   ([3, -3, 3],)],
  lambda nums: [math.prod(nums[: i + 1]) for i in range(len(nums))], family="sum")

P(27, "Sum of items at even positions", "easy", ["lists"],
  "Return the sum of the items of `nums` at even indices (0, 2, 4, ...).",
  [("nums", "J")], "j",
  "solve:{[nums] sum nums where 0=(til count nums) mod 2}",
  [("solve:{[nums] sum nums where 0=nums mod 2}", "sums even values, not even positions"),
   ("solve:{[nums] sum nums where 1=(til count nums) mod 2}", "odd positions")],
  [([1, 2, 3, 4, 5],), ([],), ([7],), ([1, 100],), ([-1, -2, -3],), ([2, 4, 6, 8],),
   ([0, 1, 0, 1],), (TIL,)],
  lambda nums: sum(nums[0::2]))

P(28, "Pascal's triangle row", "easy", ["lists", "math"],
  "Return row `n` (counting from 0) of Pascal's triangle: the binomial coefficients C(n,0)..C(n,n).",
  [("n", "j")], "J",
  "solve:{[n] n {(0,x)+x,0}/enlist 1}",
  [("solve:{[n] (n-1) {(0,x)+x,0}/enlist 1}", "off by one: row n-1"),
   ("solve:{[n] n {(0,x)+x,0}/1}", "starts from an atom: row 0 is an atom, not a list")],
  [(0,), (1,), (2,), (4,), (5,), (10,), (20,), (3,)],
  lambda n: [math.comb(n, i) for i in range(n + 1)])

# ------------------------------------------------------------------------------------ strings

P(31, "Reverse a string", "easy", ["strings"],
  "Return the string `s` reversed.",
  [("s", "C")], "C",
  "solve:{[s] reverse s}",
  [("solve:{[s] desc s}", "sorts the characters"),
   ("solve:{[s] first reverse s}", "returns a char atom")],
  [("hello",), ("",), ("a",), ("ab",), ("racecar",), ("Hello, World!",), ("  x",), ("12345",)],
  lambda s: s[::-1], family="reverse")

P(32, "Valid palindrome", "easy", ["strings"],
  "Return `1b` if `s` reads the same forwards and backwards after lower-casing it and keeping "
  "only letters and digits, else `0b`. The empty string is a palindrome.",
  [("s", "C")], "b",
  "solve:{[s] t:lower s; t:t where t in \"abcdefghijklmnopqrstuvwxyz0123456789\"; t~reverse t}",
  [("solve:{[s] s~reverse s}", "does not ignore case or punctuation"),
   ("solve:{[s] t:s where s in \"abcdefghijklmnopqrstuvwxyz0123456789\"; t~reverse t}", "does not ignore case")],
  [("A man, a plan, a canal: Panama",), ("race a car",), ("",), ("a",), ("ab",), ("Aba",),
   ("No 'x' in Nixon",), ("12 21",), ("0P",), ("a1",), ("2b",)],
  lambda s: (lambda t: t == t[::-1])([c for c in s.lower() if c.isalnum() and c.isascii()]))

P(33, "Count vowels", "easy", ["strings"],
  "Return how many characters of `s` are vowels (a, e, i, o, u, in either case).",
  [("s", "C")], "j",
  "solve:{[s] count where lower[s] in \"aeiou\"}",
  [("solve:{[s] sum lower[s] in \"aeiou\"}", "wrong type: sum of booleans is an int"),
   ("solve:{[s] count where s in \"aeiou\"}", "misses upper-case vowels")],
  [("hello",), ("",), ("a",), ("xyz",), ("AEIOU",), ("Programming in q",), ("bcd fgh",),
   ("aaaaaaaaaa",)],
  lambda s: sum(1 for c in s.lower() if c in "aeiou"), family="vowels")

P(34, "Capitalize words", "easy", ["strings"],
  "Upper-case the first letter of every word of `s`; words are separated by spaces. Other "
  "characters are unchanged.",
  [("s", "C")], "C",
  "solve:{[s] @[s;where (s<>\" \")&\" \"=prev s;upper]}",
  [("solve:{[s] upper s}", "upper-cases everything"),
   ("solve:{[s] @[s;0;upper]}", "only the first word (and fails on the empty string)")],
  [("hello world",), ("",), ("a",), ("q is fun",), ("already Upper",), ("  two  spaces",),
   ("x y z",), ("123 abc",)],
  lambda s: "".join(c.upper() if (i == 0 or s[i - 1] == " ") and c != " " else c
                    for i, c in enumerate(s)), family="words")

P(35, "Count words", "easy", ["strings"],
  "Return the number of words in `s`: maximal runs of non-space characters.",
  [("s", "C")], "j",
  "solve:{[s] count where (s<>\" \")&\" \"=prev s}",
  [("solve:{[s] count \" \" vs s}", "counts empty pieces between repeated spaces"),
   ("solve:{[s] 1+count where s=\" \"}", "counts spaces, wrong for empty and repeated spaces")],
  [("hello world",), ("",), ("one",), ("  lead and trail  ",), ("a  b",), (" ",), ("x y z w",),
   ("q",)],
  lambda s: len(s.split()), family="words")

P(36, "Most common character", "easy", ["strings", "dicts"],
  "Return the character that occurs most often in the non-empty string `s`; on a tie, the "
  "smallest character (in ASCII order).",
  [("s", "C")], "c",
  "solve:{[s] c:count each group s; first asc where c=max c}",
  [("solve:{[s] c:count each group s; first where c=max c}", "tie goes to the first seen, not the smallest"),
   ("solve:{[s] first asc s}", "smallest character, ignoring counts")],
  [("hello",), ("a",), ("abab",), ("zzya",), ("ba",), ("mississippi",), ("  x",), ("cbbacc",)],
  lambda s: min(c for c, n in Counter(s).items() if n == max(Counter(s).values())), family="mostfreq")

P(37, "Are two strings anagrams", "easy", ["strings", "sorting"],
  "Return `1b` if `a` and `b` contain the same characters with the same counts (case-sensitive).",
  [("a", "C"), ("b", "C")], "b",
  "solve:{[a;b] (asc a)~asc b}",
  [("solve:{[a;b] all a in b}", "ignores counts"),
   ("solve:{[a;b] (count a)=count b}", "only compares lengths")],
  [("listen", "silent"), ("rat", "car"), ("", ""), ("a", "a"), ("a", "A"), ("aab", "abb"),
   ("abc", "cbad"), ("dormitory", "dirtyroom")],
  lambda a, b: sorted(a) == sorted(b))

P(38, "Run-length encoding", "medium", ["strings"],
  "Encode `s` by replacing each run of equal characters by its length followed by the "
  "character, e.g. `\"aaabcc\"` becomes `\"3a1b2c\"`.",
  [("s", "C")], "C",
  "solve:{[s] $[count s;raze {(string count x),first x} each (where differ s) cut s;\"\"]}",
  [("solve:{[s] raze {(string count x),first x} each (where differ s) cut s}", "the empty string gives an untyped empty list"),
   ("solve:{[s] raze {(first x),string count x} each (where differ s) cut s}", "puts the character before the count")],
  [("aaabcc",), ("",), ("a",), ("abc",), ("zzzzzzzzzzzz",), ("aabbaa",), ("  ",), ("xyyy",)],
  lambda s: "".join(f"{len(list(g))}{k}" for k, g in __import__("itertools").groupby(s)))

P(39, "Caesar cipher", "easy", ["strings"],
  "Shift every lower-case letter of `s` forward by `k` places in the alphabet, wrapping from "
  "z to a (`k` may be negative or larger than 26). Other characters are unchanged.",
  [("s", "C"), ("k", "j")], "C",
  "solve:{[s;k] a:\"abcdefghijklmnopqrstuvwxyz\"; ?[s in a;a (k+a?s) mod 26;s]}",
  [("solve:{[s;k] \"c\"$k+\"j\"$s}", "shifts every character and does not wrap"),
   ("solve:{[s;k] a:\"abcdefghijklmnopqrstuvwxyz\"; ?[s in a;a (k+a?s) mod 25;s]}", "wraps modulo 25")],
  [("abc", 1), ("xyz", 3), ("", 5), ("a", 26), ("hello world", 13), ("Hi!", 1), ("abc", -1),
   ("zz", 53)],
  lambda s, k: "".join(LOWER[(LOWER.index(c) + k) % 26] if c in LOWER else c for c in s))

P(40, "Longest common prefix", "medium", ["strings"],
  "Return the longest string that is a prefix of every string in `strs` (the empty string when "
  "`strs` is empty or there is none).",
  [("strs", ("list", "C"))], "C",
  "solve:{[strs] if[0=count strs;:\"\"]; n:min count each strs; k:0; "
  "while[(k<n) and 1=count distinct strs[;k]; k+:1]; k#first strs}",
  [("solve:{[strs] n:min count each strs; k:0; while[(k<n) and 1=count distinct strs[;k]; k+:1]; k#first strs}",
    "fails on an empty list of strings"),
   ("solve:{[strs] if[0=count strs;:\"\"]; a:first strs; b:last strs; n:min count each (a;b); k:0; while[(k<n) and a[k]=b[k]; k+:1]; k#a}",
    "compares only the first and last strings")],
  [(["flower", "flow", "flight"],), (["dog", "racecar", "car"],), ([],), (["alone"],),
   (["same", "same"],), (["", "abc"],), (["ab", "a"],), (["interview", "internet", "interval"],),
   (["a ", "a"],)],
  lambda strs: (lambda p: p)(__import__("os").path.commonprefix(strs)) if strs else "")

P(41, "Remove vowels", "easy", ["strings"],
  "Return `s` without its vowels (a, e, i, o, u in either case).",
  [("s", "C")], "C",
  "solve:{[s] s where not lower[s] in \"aeiou\"}",
  [("solve:{[s] s where not s in \"aeiou\"}", "keeps upper-case vowels"),
   ("solve:{[s] s except \"aeiou\"}", "keeps upper-case vowels")],
  [("hello world",), ("",), ("a",), ("AEIOUaeiou",), ("xyz",), ("Queue",), ("b",), ("Education",)],
  lambda s: "".join(c for c in s if c.lower() not in "aeiou"), family="vowels")

P(42, "Count a character", "easy", ["strings"],
  "Return how many times the character `c` occurs in `s`.",
  [("s", "C"), ("c", "c")], "j",
  "solve:{[s;c] count where s=c}",
  [("solve:{[s;c] sum s=c}", "wrong type: sum of booleans is an int"),
   ("solve:{[s;c] s?c}", "returns the index of the first match")],
  [("banana", "a"), ("", "x"), ("a", "a"), ("abc", "z"), ("AaAa", "a"), ("   ", " "),
   ("mississippi", "s"), ("x", "y")],
  lambda s, c: s.count(c), family="counts")

P(43, "Swap case", "easy", ["strings"],
  "Return `s` with upper-case letters made lower-case and lower-case letters made upper-case.",
  [("s", "C")], "C",
  "solve:{[s] l:lower s; ?[s=l;upper s;l]}",
  [("solve:{[s] upper s}", "upper-cases everything"),
   ("solve:{[s] reverse s}", "reverses instead")],
  [("Hello",), ("",), ("a",), ("ABC",), ("q1W2",), ("MiXeD cAsE",), ("123",), ("Z",)],
  lambda s: s.swapcase())

P(44, "Parse a long", "easy", ["strings", "math"],
  "`s` is the decimal text of an integer, maybe with a leading `-` and leading zeros. Return it "
  "as a long; the empty string gives the long null `0N`.",
  [("s", "C")], "j",
  "solve:{[s] \"J\"$s}",
  [("solve:{[s] \"I\"$s}", "wrong type: parses to an int"),
   ("solve:{[s] 10 sv -48+\"j\"$s}", "ignores the minus sign and fails on empty")],
  [("42",), ("-17",), ("",), ("0",), ("007",), ("9223372036854775806",), ("1",), ("-0",)],
  lambda s: int(s) if s else None, split="test")  # beside qrl-0286 "String to integer"

P(45, "Binary representation", "easy", ["strings", "math", "bits"],
  "Return the binary digits of the non-negative long `n` as a string, without leading zeros "
  "(`\"0\"` for zero).",
  [("n", "j")], "C",
  "solve:{[n] $[n=0;enlist \"0\";raze string 2 vs n]}",
  [("solve:{[n] raze string \"j\"$0b vs n}", "keeps the leading zeros of all 64 bits"),
   ("solve:{[n] $[n=0;enlist \"0\";raze string reverse 2 vs n]}", "digits in reverse order")],
  [(5,), (0,), (1,), (2,), (255,), (1024,), (6,), (2**40 + 1,)],
  lambda n: bin(n)[2:])

P(46, "Only digits", "easy", ["strings"],
  "Return `1b` if `s` is non-empty and every character is a digit 0-9, else `0b`.",
  [("s", "C")], "b",
  "solve:{[s] (0<count s) and all s in \"0123456789\"}",
  [("solve:{[s] all s in \"0123456789\"}", "the empty string is not all digits"),
   ("solve:{[s] any s in \"0123456789\"}", "accepts strings with one digit")],
  [("12345",), ("",), ("7",), ("12a",), ("a",), ("-1",), ("0000",), ("1 2",)],
  lambda s: len(s) > 0 and all(c in "0123456789" for c in s))

P(47, "Reverse the words", "easy", ["strings"],
  "`s` is words separated by single spaces. Return the words in reverse order, separated by "
  "single spaces.",
  [("s", "C")], "C",
  "solve:{[s] \" \" sv reverse \" \" vs s}",
  [("solve:{[s] reverse s}", "reverses the characters too"),
   ("solve:{[s] raze reverse \" \" vs s}", "loses the spaces")],
  [("the sky is blue",), ("",), ("one",), ("a b",), ("q kdb",), ("x y z",), ("hello world",),
   ("1 22 333",)],
  lambda s: " ".join(s.split(" ")[::-1]), family="reverse")

P(48, "Longest word", "easy", ["strings"],
  "`s` is non-empty words separated by single spaces. Return the longest word; on a tie, the "
  "first one.",
  [("s", "C")], "C",
  "solve:{[s] w:\" \" vs s; c:count each w; w first where c=max c}",
  [("solve:{[s] w:\" \" vs s; c:count each w; w last where c=max c}", "returns the last longest word"),
   ("solve:{[s] w:\" \" vs s; max count each w}", "returns the length, not the word")],
  [("the quick brown fox",), ("a",), ("ab cd",), ("x yy zzz",), ("hello",), ("aa b cc",),
   ("one three five",), ("q is a language",)],
  lambda s: max(s.split(" "), key=len), family="words")

P(49, "Character counts", "easy", ["strings", "dicts"],
  "Return a dictionary from each distinct character of the non-empty string `s` (in order of "
  "first appearance) to the number of times it occurs.",
  [("s", "C")], ("dict", "C", "J"),
  "solve:{[s] count each group s}",
  [("solve:{[s] group s}", "returns the positions, not the counts"),
   ("solve:{[s] (distinct s)!count distinct s}", "every count is the number of distinct characters")],
  [("hello",), ("a",), ("aaa",), ("abcabc",), ("ba",), ("  x",), ("mississippi",), ("Aa",)],
  lambda s: dict(Counter(s)), family="counts")

P(50, "Acronym", "easy", ["strings"],
  "`s` is non-empty words separated by single spaces. Return the first letter of each word, "
  "upper-cased, as a string.",
  [("s", "C")], "C",
  "solve:{[s] upper first each \" \" vs s}",
  [("solve:{[s] first each \" \" vs s}", "does not upper-case"),
   ("solve:{[s] upper 1#'\" \" vs s}", "returns a list of one-character strings, not a string")],
  [("portable network graphics",), ("q",), ("as soon as possible",), ("Kdb Plus",), ("x y",),
   ("hello world",), ("a b c d",), ("read the manual",)],
  lambda s: "".join(w[0].upper() for w in s.split(" ")), family="words")

P(51, "Left pad with zeros", "easy", ["strings"],
  "Pad `s` on the left with `\"0\"` characters to length `n`. A string already `n` or more "
  "characters long is returned unchanged.",
  [("s", "C"), ("n", "j")], "C",
  "solve:{[s;n] ((0|n-count s)#\"0\"),s}",
  [("solve:{[s;n] ((n-count s)#\"0\"),s}", "a negative take adds zeros to strings that are already long enough"),
   ("solve:{[s;n] (neg n)$s}", "pads with spaces")],
  [("42", 5), ("", 3), ("12345", 3), ("7", 1), ("abc", 4), ("", 0), ("9", 2), ("1", 10)],
  lambda s, n: s.rjust(n, "0"))

P(52, "Distinct letters ignoring case", "easy", ["strings"],
  "Return how many distinct characters `s` has when upper and lower case are treated as the same.",
  [("s", "C")], "j",
  "solve:{[s] count distinct lower s}",
  [("solve:{[s] count distinct s}", "case-sensitive"),
   ("solve:{[s] count lower s}", "counts all characters")],
  [("abcABC",), ("",), ("a",), ("Jerry jERRY",), ("aaaa",), ("xyz",), ("AaBbCcDd",), ("1a1A",)],
  lambda s: len(set(s.lower())))

P(53, "Remove adjacent duplicates", "easy", ["strings"],
  "Collapse every run of equal adjacent characters of `s` into one character.",
  [("s", "C")], "C",
  "solve:{[s] s where differ s}",
  [("solve:{[s] distinct s}", "removes repeats that are not adjacent"),
   ("solve:{[s] s where not differ s}", "keeps the repeats instead")],
  [("aabbcc",), ("",), ("a",), ("abab",), ("aaaa",), ("mississippi",), ("  a  ",), ("abc",)],
  lambda s: "".join(c for i, c in enumerate(s) if i == 0 or s[i - 1] != c))

P(54, "Balanced parentheses", "medium", ["strings", "stack"],
  "`s` contains only `(` and `)`. Return `1b` if it is balanced: every `(` is closed by a later "
  "`)` and no `)` comes before its `(`.",
  [("s", "C")], "b",
  "solve:{[s] d:sums (s=\"(\")-s=\")\"; (all d>=0) and 0=sum (s=\"(\")-s=\")\"}",
  [("solve:{[s] (count where s=\"(\")=count where s=\")\"}", "only compares counts"),
   ("solve:{[s] all 0<=sums (s=\"(\")-s=\")\"}", "accepts unclosed parentheses")],
  [("()",), ("(()())",), ("",), (")(",), ("(((",), ("())(",), ("(",), ("((()))()",)],
  lambda s: _balanced(s))


def _balanced(s):
    d = 0
    for c in s:
        d += 1 if c == "(" else -1
        if d < 0:
            return False
    return d == 0


P(55, "Is isomorphic", "medium", ["strings", "dicts"],
  "Two strings of the same length are isomorphic if the characters of `a` can be replaced, "
  "one-to-one and consistently, to give `b`. Return `1b` if they are.",
  [("a", "C"), ("b", "C")], "b",
  "solve:{[a;b] (a?a)~b?b}",
  [("solve:{[a;b] (count distinct a)=count distinct b}", "only compares the numbers of distinct characters"),
   ("solve:{[a;b] all (a?a)=a?b}", "maps positions through the wrong string")],
  [("egg", "add"), ("foo", "bar"), ("", ""), ("a", "b"), ("paper", "title"), ("ab", "aa"),
   ("abab", "baba"), ("abca", "zbxz"), ("abab", "aabb")],
  lambda a, b: [a.index(c) for c in a] == [b.index(c) for c in b])

P(56, "First unique character", "easy", ["strings", "dicts"],
  "Return the first character of `s` that occurs exactly once, or the null char `\" \"` when "
  "there is none.",
  [("s", "C")], "c",
  "solve:{[s] if[0=count s;:\" \"]; c:count each group s; first where c=1}",
  [("solve:{[s] first distinct s}", "ignores the counts"),
   ("solve:{[s] c:count each group s; last where c=1}", "returns the last unique character")],
  [("leetcode",), ("aabb",), ("",), ("z",), ("loveleetcode",), ("abcabd",), ("xxyz",), ("aA",)],
  lambda s: next((c for c in s if s.count(c) == 1), " "),
  returns_note="(`\" \"` when there is none)")

# ------------------------------------------------------------------------------------ math

P(61, "Factorial", "easy", ["math"],
  "Return `n!` for `0<=n<=20` (0! is 1).",
  [("n", "j")], "j",
  "solve:{[n] prd 1+til n}",
  [("solve:{[n] prd til n}", "includes zero: always 0"),
   ("solve:{[n] prd 1+til n-1}", "off by one: (n-1)!")],
  [(0,), (1,), (2,), (5,), (10,), (20,), (3,), (12,)],
  lambda n: math.factorial(n))

P(62, "Fibonacci number", "easy", ["math", "dp"],
  "Return the `n`-th Fibonacci number, with F(0)=0, F(1)=1 and F(n)=F(n-1)+F(n-2); `0<=n<=90`.",
  [("n", "j")], "j",
  "solve:{[n] first n {(x 1;sum x)}/0 1}",
  [("solve:{[n] last n {(x 1;sum x)}/0 1}", "off by one: F(n+1)"),
   ("solve:{[n] first n {(x 1;sum x)}/1 1}", "starts the sequence at 1 1")],
  [(0,), (1,), (2,), (10,), (20,), (50,), (90,), (7,)],
  lambda n: _fib(n))


def _fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


P(63, "Greatest common divisor", "easy", ["math"],
  "Return the greatest common divisor of the non-negative longs `a` and `b` (gcd(0,0) is 0).",
  [("a", "j"), ("b", "j")], "j",
  "solve:{[a;b] while[b>0; t:b; b:a mod b; a:t]; a}",
  [("solve:{[a;b] min a,b}", "the smaller number is not in general the gcd"),
   ("solve:{[a;b] while[b>1; t:b; b:a mod b; a:t]; a}", "stops one step early when the remainder is 1")],
  [(12, 18), (7, 13), (0, 5), (5, 0), (0, 0), (100, 75), (17, 17), (2**40, 2**20 * 3)],
  lambda a, b: math.gcd(a, b), family="gcd")

P(64, "Least common multiple", "easy", ["math"],
  "Return the least common multiple of the positive longs `a` and `b`.",
  [("a", "j"), ("b", "j")], "j",
  "solve:{[a;b] g:a; h:b; while[h>0; t:h; h:g mod h; g:t]; (a div g)*b}",
  [("solve:{[a;b] a*b}", "the product is a multiple but not the least"),
   ("solve:{[a;b] max a,b}", "the larger number")],
  [(4, 6), (1, 1), (3, 5), (12, 18), (7, 7), (1, 99), (21, 6), (100000, 99999)],
  lambda a, b: a * b // math.gcd(a, b), family="gcd")

P(65, "Is prime", "easy", ["math"],
  "Return `1b` if the long `n` is a prime number, else `0b` (numbers below 2 are not prime).",
  [("n", "j")], "b",
  "solve:{[n] $[n<2;0b;all 0<n mod 2_til 1+floor sqrt n]}",
  [("solve:{[n] all 0<n mod 2_til n}", "calls 0 and 1 prime"),
   ("solve:{[n] $[n<2;0b;all 0<n mod 2_til floor sqrt n]}", "misses the square root: calls squares of primes prime")],
  [(2,), (1,), (0,), (-7,), (9,), (25,), (97,), (999983,), (4,), (100,)],
  lambda n: n >= 2 and all(n % d for d in range(2, math.isqrt(n) + 1)), family="primes")

P(66, "Count primes", "medium", ["math"],
  "Return how many primes are strictly less than `n`.",
  [("n", "j")], "j",
  "solve:{[n] if[n<3;:0]; p:n#1b; p[0 1]:00b; i:2; "
  "while[(i*i)<n; if[p i; p[(i*i)+i*til 1+((n-1)-i*i) div i]:0b]; i+:1]; count where p}",
  [("solve:{[n] if[n<3;:0]; p:n#1b; p[0 1]:00b; i:2; while[(i*i)<n; if[p i; p[(i*i)+i*til 1+((n-1)-i*i) div i]:0b]; i+:1]; sum p}",
    "wrong type: sum of booleans is an int"),
   ("solve:{[n] if[n<3;:0]; p:(n+1)#1b; p[0 1]:00b; i:2; while[(i*i)<=n; if[p i; p[(i*i)+i*til 1+(n-i*i) div i]:0b]; i+:1]; count where p}",
    "counts n itself when n is prime")],
  [(10,), (0,), (1,), (2,), (3,), (13,), (100,), (20000,)],
  lambda n: sum(1 for k in range(2, n) if all(k % d for d in range(2, math.isqrt(k) + 1))),
  family="primes")

P(67, "Sum of digits", "easy", ["math"],
  "Return the sum of the decimal digits of the long `n` (ignore the sign).",
  [("n", "j")], "j",
  "solve:{[n] sum -48+\"j\"$string abs n}",
  [("solve:{[n] sum -48+\"j\"$string n}", "fails on negatives: counts the minus sign"),
   ("solve:{[n] sum \"j\"$string abs n}", "sums character codes, not digits")],
  [(123,), (0,), (7,), (-45,), (1000,), (99999,), (9223372036854775806,), (-1,)],
  lambda n: sum(int(c) for c in str(abs(n))))

P(68, "Reverse the digits", "easy", ["math"],
  "Reverse the decimal digits of the long `n`, keeping its sign (leading zeros of the result "
  "disappear: 120 gives 21).",
  [("n", "j")], "j",
  "solve:{[n] (signum n)*\"J\"$reverse string abs n}",
  [("solve:{[n] \"J\"$reverse string n}", "loses the sign of negatives"),
   ("solve:{[n] \"J\"$reverse string abs n}", "drops the sign")],
  [(123,), (-123,), (120,), (0,), (5,), (1000,), (-90,), (987654321,)],
  lambda n: (-1 if n < 0 else 1) * int(str(abs(n))[::-1]))

P(69, "Is a power of two", "easy", ["math", "bits"],
  "Return `1b` if the long `n` is a power of two (1, 2, 4, ...), else `0b`.",
  [("n", "j")], "b",
  "solve:{[n] if[n<1;:0b]; while[0=n mod 2; n:n div 2]; n=1}",
  [("solve:{[n] 0=n mod 2}", "any even number passes"),
   ("solve:{[n] if[n<2;:0b]; while[0=n mod 2; n:n div 2]; n=1}", "misses 1 = 2 xexp 0")],
  [(1,), (2,), (0,), (-4,), (6,), (1024,), (2**62,), (2**62 + 2,)],
  lambda n: n > 0 and (n & (n - 1)) == 0)

P(70, "Multiples of 3 or 5", "easy", ["math"],
  "Return the sum of all non-negative integers below `n` that are multiples of 3 or 5.",
  [("n", "j")], "j",
  "solve:{[n] i:til n; sum i where (0=i mod 3)|0=i mod 5}",
  [("solve:{[n] i:til n; sum i where (0=i mod 3)&0=i mod 5}", "only multiples of both"),
   ("solve:{[n] i:til n+1; sum i where (0=i mod 3)|0=i mod 5}", "includes n itself")],
  [(10,), (0,), (1,), (4,), (16,), (15,), (100,), (100000,)],
  lambda n: sum(i for i in range(n) if i % 3 == 0 or i % 5 == 0))

P(71, "Digits to a number", "easy", ["math", "lists"],
  "`digits` is a list of decimal digits, most significant first. Return the number they spell "
  "(0 for an empty list).",
  [("digits", "J")], "j",
  "solve:{[digits] {y+10*x}/[0;digits]}",
  [("solve:{[digits] sum digits}", "adds the digits"),
   ("solve:{[digits] {y+10*x}/[0;reverse digits]}", "digits taken least significant first")],
  [([1, 2, 3],), ([],), ([0],), ([7],), ([0, 0, 5],), ([9, 9, 9, 9],), ([1, 0, 0, 0],),
   ([9, 2, 2, 3, 3, 7, 2, 0, 3, 6, 8, 5, 4, 7, 7, 5, 8, 0, 6],)],
  lambda digits: int("".join(map(str, digits))) if digits else 0)

P(72, "Perfect square", "easy", ["math"],
  "Return `1b` if the non-negative long `n` is a perfect square, else `0b`.",
  [("n", "j")], "b",
  "solve:{[n] r:floor sqrt n; n=r*r}",
  [("solve:{[n] 0=n mod 2}", "tests evenness"),
   ("solve:{[n] r:floor sqrt n; n=r*r+1}", "off by one root")],
  [(16,), (0,), (1,), (2,), (15,), (1000000,), (999999,), (10**12,)],
  lambda n: math.isqrt(n) ** 2 == n)

P(73, "Mean of a list", "easy", ["math", "lists"],
  "Return the arithmetic mean of `nums` as a float. Nulls are ignored; the mean of a list with "
  "no non-null items is the float null `0n`.",
  [("nums", "J")], "f",
  "solve:{[nums] avg nums}",
  [("solve:{[nums] (sum nums) div count nums}", "integer division: wrong type and truncated"),
   ("solve:{[nums] (sum nums)%count nums}", "counts nulls in the denominator")],
  [([1, 2, 3, 4],), ([],), ([5],), ([1, None, 3],), ([-1, 1],), ([1, 2],), ([None],), (TIL,)],
  lambda nums: (sum(nn(nums)) / len(nn(nums))) if nn(nums) else None, family="mean")

P(74, "Triangle type", "easy", ["math"],
  "Given side lengths `a b c`, return `` `invalid`` if they do not form a triangle (some side "
  "is not positive, or not shorter than the sum of the other two), else `` `equilateral``, "
  "`` `isosceles`` or `` `scalene``.",
  [("a", "j"), ("b", "j"), ("c", "j")], "s",
  "solve:{[a;b;c] x:asc a,b,c; $[(x[0]<=0) or x[2]>=x[0]+x[1];`invalid;1=count distinct x;"
  "`equilateral;2=count distinct x;`isosceles;`scalene]}",
  [("solve:{[a;b;c] x:a,b,c; $[1=count distinct x;`equilateral;2=count distinct x;`isosceles;`scalene]}",
    "never says invalid"),
   ("solve:{[a;b;c] x:asc a,b,c; $[x[2]>x[0]+x[1];`invalid;1=count distinct x;`equilateral;2=count distinct x;`isosceles;`scalene]}",
    "accepts degenerate triangles")],
  [(3, 3, 3), (3, 4, 5), (2, 2, 3), (1, 2, 3), (0, 0, 0), (-1, 2, 2), (10, 1, 1), (5, 3, 5), (2, 3, 4),
   (1, 2, 2)],
  lambda a, b, c: _triangle(a, b, c))


def _triangle(a, b, c):
    x = sorted([a, b, c])
    if x[0] <= 0 or x[2] >= x[0] + x[1]:
        return "invalid"
    return {1: "equilateral", 2: "isosceles", 3: "scalene"}[len(set(x))]


P(75, "FizzBuzz", "easy", ["math", "strings"],
  "For i from 1 to `n` (`n>=1`), give `\"FizzBuzz\"` if i is a multiple of 15, `\"Fizz\"` if "
  "a multiple of 3, `\"Buzz\"` if a multiple of 5, else the decimal text of i. Return these "
  "strings as a general list.",
  [("n", "j")], ("list", "C"),
  "solve:{[n] {$[0=x mod 15;\"FizzBuzz\";0=x mod 3;\"Fizz\";0=x mod 5;\"Buzz\";string x]} each 1+til n}",
  [("solve:{[n] {$[0=x mod 3;\"Fizz\";0=x mod 5;\"Buzz\";0=x mod 15;\"FizzBuzz\";string x]} each 1+til n}",
    "tests 3 before 15: never says FizzBuzz"),
   ("solve:{[n] {$[0=x mod 15;\"FizzBuzz\";0=x mod 3;\"Fizz\";0=x mod 5;\"Buzz\";string x]} each til n}",
    "off by one: counts from 0")],
  [(5,), (1,), (3,), (15,), (16,), (2,), (10,), (30,)],
  lambda n: ["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0
             else str(i) for i in range(1, n + 1)])

P(76, "Collatz steps", "easy", ["math", "simulation"],
  "Starting from the positive long `n`, repeatedly halve it if even or replace it by `3n+1` if "
  "odd. Return the number of steps needed to reach 1.",
  [("n", "j")], "j",
  "solve:{[n] c:0; while[n>1; n:$[0=n mod 2;n div 2;1+3*n]; c+:1]; c}",
  [("solve:{[n] c:1; while[n>1; n:$[0=n mod 2;n div 2;1+3*n]; c+:1]; c}", "counts the start as a step"),
   ("solve:{[n] c:0; while[n>1; if[1=n mod 2; c+:1]; n:$[0=n mod 2;n div 2;1+3*n]]; c}", "counts only the odd steps")],
  [(1,), (2,), (3,), (6,), (7,), (27,), (97,), (871,)],
  lambda n: _collatz(n))


def _collatz(n):
    c = 0
    while n > 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        c += 1
    return c


P(77, "Sum of squares of odd numbers", "easy", ["math", "lists"],
  "Return the sum of the squares of the odd items of `nums` (negative odd numbers count).",
  [("nums", "J")], "j",
  "solve:{[nums] o:nums where 1=nums mod 2; sum o*o}",
  [("solve:{[nums] o:nums where 0=nums mod 2; sum o*o}", "squares the even items"),
   ("solve:{[nums] sum nums*nums}", "squares every item")],
  [([1, 2, 3],), ([],), ([2],), ([-3],), ([1, 1, 1],), ([0, 5, 10],), ([-1, -2, 7],), (TIL,)],
  lambda nums: sum(x * x for x in nums if x % 2 == 1))

P(78, "Triangular numbers", "easy", ["math", "lists"],
  "Return the first `n` triangular numbers 1, 3, 6, 10, ... as a long list.",
  [("n", "j")], "J",
  "solve:{[n] sums 1+til n}",
  [("solve:{[n] sums til n}", "starts at 0"),
   ("solve:{[n] sum 1+til n}", "returns only the last one")],
  [(4,), (0,), (1,), (2,), (10,), (5,), (3,), (7,)],
  lambda n: [k * (k + 1) // 2 for k in range(1, n + 1)])

P(79, "Count set bits", "easy", ["math", "bits"],
  "Return the number of 1 bits in the binary form of the non-negative long `n`.",
  [("n", "j")], "j",
  "solve:{[n] c:0; while[n>0; c+:n mod 2; n:n div 2]; c}",
  [("solve:{[n] c:0; while[n>1; c+:n mod 2; n:n div 2]; c}", "misses the top bit"),
   ("solve:{[n] count 2 vs n}", "counts all binary digits")],
  [(0,), (1,), (5,), (7,), (8,), (255,), (1023,), (2**62 + 1,)],
  lambda n: bin(n).count("1"))

P(80, "Dot product", "easy", ["math", "lists"],
  "Return the dot product (sum of item-wise products) of the equal-length long lists `a` and `b`.",
  [("a", "J"), ("b", "J")], "j",
  "solve:{[a;b] sum a*b}",
  [("solve:{[a;b] (sum a)*sum b}", "product of the sums"),
   ("solve:{[a;b] \"f\"$sum a*b}", "wrong type: float")],
  [([1, 2, 3], [4, 5, 6]), ([], []), ([7], [3]), ([-1, 2], [3, -4]), ([0, 0], [5, 9]),
   ([1, 1, 1, 1], [1, 2, 3, 4]), ([10], [-10]), (TIL, TIL)],
  lambda a, b: sum(x * y for x, y in zip(a, b)))

P(81, "Rescale to unit range", "medium", ["math", "lists"],
  "Linearly rescale `nums` (at least two items, not all equal) so its minimum becomes 0 and "
  "its maximum 1. Return a float list.",
  [("nums", "F")], "F",
  "solve:{[nums] m:min nums; (nums-m)%(max nums)-m}",
  [("solve:{[nums] nums%max nums}", "does not shift the minimum to 0"),
   ("solve:{[nums] m:min nums; (nums-m)%max nums}", "divides by the maximum, not the range")],
  [([2.0, 4.0, 6.0],), ([1.0, 0.0],), ([0.0, 10.0, 5.0],), ([-1.0, 1.0],), ([3.0, 3.0, 4.0],),
   ([1.5, 2.5, 2.0],), ([10.0, 20.0, 30.0, 40.0, 50.0],), ([-5.0, -10.0, -7.5],)],
  lambda nums: [(x - min(nums)) / (max(nums) - min(nums)) for x in nums])

P(82, "Mean absolute deviation", "medium", ["math", "lists"],
  "Return the mean absolute deviation of the non-empty float list `nums`: the mean of "
  "`abs(x - mean)`.",
  [("nums", "F")], "f",
  "solve:{[nums] avg abs nums-avg nums}",
  [("solve:{[nums] avg nums-avg nums}", "without abs the deviations cancel"),
   ("solve:{[nums] dev nums}", "standard deviation, not mean absolute deviation")],
  [([1.0, 2.0, 3.0, 4.0],), ([5.0],), ([1.0, 3.0],), ([2.0, 2.0, 2.0],), ([-1.0, 1.0],),
   ([0.0, 0.0, 0.0, 8.0],), ([1.5, 2.5],), ([10.0, 20.0, 60.0],)],
  lambda nums: sum(abs(x - sum(nums) / len(nums)) for x in nums) / len(nums))

# ------------------------------------------------------------------------------------ dicts

P(86, "Word frequencies", "easy", ["dicts", "strings"],
  "`s` is non-empty words separated by single spaces. Return a dictionary from each distinct "
  "word, as a symbol, in order of first appearance, to the number of times it occurs.",
  [("s", "C")], ("dict", "S", "J"),
  "solve:{[s] count each group `$\" \" vs s}",
  [("solve:{[s] count each group \" \" vs s}", "keys are strings, not symbols"),
   ("solve:{[s] w:`$\" \" vs s; (distinct w)!count w}", "every count is the number of words")],
  [("the cat the hat",), ("one",), ("a a a",), ("x y",), ("b a b a c",), ("q kdb q kdb q",),
   ("hello world",), ("z y x z",)],
  lambda s: dict(Counter(s.split(" "))), family="counts")

P(87, "Invert a dictionary", "easy", ["dicts"],
  "`d` maps symbols to distinct longs. Return the dictionary mapping each value back to its key, "
  "in the same order.",
  [("d", ("dict", "S", "J"))], ("dict", "J", "S"),
  "solve:{[d] (value d)!key d}",
  [("solve:{[d] (key d)!value d}", "returns d unchanged"),
   ("solve:{[d] (asc value d)!key d}", "sorts the values but not the keys")],
  [({"a": 1, "b": 2},), ({"x": 5},), ({"a": 3, "b": 1, "c": 2},), ({"p": -1, "q": 0},),
   ({"k": 10, "j": 20, "i": 30},), ({"z": 9, "y": 8},), ({"u": 0},), ({"m": 2, "n": 1},)],
  lambda d: {v: k for k, v in d.items()})

P(88, "Merge counts", "easy", ["dicts"],
  "`a` and `b` map symbols to longs. Return a dictionary with every key of either, mapped to "
  "the sum of its values in both (a missing key counts 0). Keys of `a` come first, in order, "
  "then the new keys of `b` in order.",
  [("a", ("dict", "S", "J")), ("b", ("dict", "S", "J"))], ("dict", "S", "J"),
  "solve:{[a;b] a+b}",
  [("solve:{[a;b] a,b}", "the values of b replace the values of a"),
   ("solve:{[a;b] (key[a] inter key b)#a+b}", "keeps only the common keys")],
  [({"a": 1, "b": 2}, {"b": 3, "c": 4}), ({"x": 1}, {"x": 1}), ({"a": 5}, {"b": 6}),
   ({"p": -1, "q": 2}, {"q": -2}), ({"a": 0, "b": 0}, {"c": 0}), ({"k": 10}, {"j": 1, "k": 1}),
   ({"m": 1, "n": 2, "o": 3}, {"o": 3, "n": 2, "m": 1}), ({"z": 7}, {"y": 8, "z": 0})],
  lambda a, b: {k: a.get(k, 0) + b.get(k, 0) for k in list(a) + [k for k in b if k not in a]})

P(89, "Keys with the largest value", "easy", ["dicts"],
  "`d` maps symbols to longs and is not empty. Return the keys whose value is the largest, in "
  "dictionary order.",
  [("d", ("dict", "S", "J"))], "S",
  "solve:{[d] where d=max d}",
  [("solve:{[d] first where d=max d}", "returns one symbol atom"),
   ("solve:{[d] where d=min d}", "smallest values")],
  [({"a": 1, "b": 3, "c": 3},), ({"x": 5},), ({"a": -1, "b": -2},), ({"p": 0, "q": 0, "r": 0},),
   ({"k": 2, "j": 1},), ({"m": 1, "n": 9, "o": 8},), ({"u": 7, "v": 7},), ({"s": 4, "t": 5, "w": 5, "z": 1},)],
  lambda d: [k for k, v in d.items() if v == max(d.values())])

P(90, "Lookup with a default", "easy", ["dicts"],
  "Return the value of key `k` in the dictionary `d` (symbols to longs), or `dflt` when `k` is "
  "not a key.",
  [("d", ("dict", "S", "J")), ("k", "s"), ("dflt", "j")], "j",
  "solve:{[d;k;dflt] $[k in key d;d k;dflt]}",
  [("solve:{[d;k;dflt] d k}", "returns a null for a missing key"),
   ("solve:{[d;k;dflt] $[k in value d;d k;dflt]}", "tests the values, not the keys")],
  [({"a": 1, "b": 2}, "a", 0), ({"a": 1, "b": 2}, "c", -1), ({"x": 5}, "x", 9), ({"x": 5}, "y", 9),
   ({"p": 0}, "p", 7), ({"a": 3, "b": 4}, "b", 0), ({"k": -5}, "j", 100), ({"m": 1, "n": 2}, "n", 2)],
  lambda d, k, dflt: d.get(k, dflt))

P(91, "Positions of each value", "medium", ["dicts", "lists"],
  "Return a dictionary from each distinct item of the non-empty list `nums` (in order of first "
  "appearance) to the list of its positions.",
  [("nums", "J")], ("dict", "J", ("list", "J")),
  "solve:{[nums] group nums}",
  [("solve:{[nums] count each group nums}", "counts instead of positions"),
   ("solve:{[nums] (distinct nums)!nums?distinct nums}", "only the first position, as atoms")],
  [([1, 2, 1],), ([5],), ([3, 3, 3],), ([1, 2, 3],), ([-1, 0, -1, 0],), ([7, 8, 8, 7],),
   ([0, 1, 0, 2, 0],), ([9, 8],)],
  lambda nums: {v: [i for i, x in enumerate(nums) if x == v] for v in dict.fromkeys(nums)})

P(92, "Total by key", "medium", ["dicts", "lists"],
  "`names` (symbols) and `amounts` (longs) are parallel lists of the same non-zero length. Return "
  "a dictionary from each distinct name (in order of first appearance) to the sum of its amounts.",
  [("names", "S"), ("amounts", "J")], ("dict", "S", "J"),
  "solve:{[names;amounts] g:group names; (key g)!sum each amounts value g}",
  [("solve:{[names;amounts] g:group names; (key g)!count each value g}", "counts instead of summing"),
   ("solve:{[names;amounts] (distinct names)!amounts names?distinct names}", "takes the first amount only")],
  [(["a", "b", "a"], [1, 2, 3]), (["x"], [5]), (["a", "a"], [-1, 1]), (["p", "q"], [0, 0]),
   (["k", "j", "k", "j"], [1, 2, 3, 4]), (["z", "y", "x"], [3, 2, 1]), (["m", "m", "m"], [7, 7, 7]),
   (["b", "a"], [10, -10])],
  lambda names, amounts: {k: sum(v for kk, v in zip(names, amounts) if kk == k) for k in dict.fromkeys(names)})

P(93, "Filter a dictionary by value", "easy", ["dicts"],
  "Return the entries of `d` (symbols to longs) whose value is greater than `t`, in dictionary "
  "order.",
  [("d", ("dict", "S", "J")), ("t", "j")], ("dict", "S", "J"),
  "solve:{[d;t] (where d>t)#d}",
  [("solve:{[d;t] (where d>=t)#d}", "keeps values equal to t"),
   ("solve:{[d;t] where d>t}", "returns the keys only")],
  [({"a": 1, "b": 5, "c": 3}, 2), ({"x": 1}, 5), ({"x": 9}, 5), ({"a": 2, "b": 2}, 2),
   ({"p": -1, "q": 0}, -1), ({"k": 10, "j": 20}, 0), ({"m": 4, "n": 6, "o": 5}, 5), ({"a": 3}, 3)],
  lambda d, t: {k: v for k, v in d.items() if v > t})

P(94, "Most frequent item", "easy", ["dicts", "lists"],
  "Return the item that occurs most often in the non-empty list `nums`; on a tie, the smallest.",
  [("nums", "J")], "j",
  "solve:{[nums] c:count each group nums; min where c=max c}",
  [("solve:{[nums] c:count each group nums; first where c=max c}", "tie goes to the first seen"),
   ("solve:{[nums] max nums}", "largest item")],
  [([1, 2, 2, 3],), ([5],), ([3, 1, 3, 1],), ([-1, -1, 2],), ([4, 4, 4],), ([9, 8, 7],),
   ([0, 1, 1, 0, 2],), (Q(f"{BIG}#3 1 2 1", ([3, 1, 2, 1] * (BIG // 4))),)],
  lambda nums: min(v for v, n in Counter(nums).items() if n == max(Counter(nums).values())), family="mostfreq")

P(95, "Items that occur once", "easy", ["dicts", "lists"],
  "Return the items of `nums` that occur exactly once, in their original order.",
  [("nums", "J")], "J",
  "solve:{[nums] nums except nums where (til count nums)<>nums?nums}",
  [("solve:{[nums] distinct nums}", "keeps one copy of repeated items"),
   ("solve:{[nums] nums where 1<(count each group nums) nums}", "keeps the repeated items")],
  [([1, 2, 1, 3],), ([],), ([5],), ([2, 2],), ([1, 2, 3],), ([-1, 0, -1, 4, 0],), ([7, 7, 7, 8],),
   ([4, 5, 4, 6, 5, 7],)],
  lambda nums: [x for x in nums if nums.count(x) == 1], family="dupes")

P(96, "Contains a duplicate", "easy", ["lists", "dicts"],
  "Return `1b` if some value occurs more than once in `nums`, else `0b`.",
  [("nums", "J")], "b",
  "solve:{[nums] (count nums)>count distinct nums}",
  [("solve:{[nums] (count nums)>=count distinct nums}", "always true"),
   ("solve:{[nums] any 0=1_deltas nums}", "only finds adjacent duplicates")],
  [([1, 2, 3, 1],), ([],), ([1],), ([1, 2, 3],), ([5, 5],), ([1, 2, 1],), ([-1, 1],), (TIL,)],
  lambda nums: len(set(nums)) < len(nums), family="dupes")

P(97, "Missing number", "easy", ["lists", "math"],
  "`nums` holds `n` distinct numbers taken from `0..n`. Return the one number of `0..n` that is "
  "missing.",
  [("nums", "J")], "j",
  "solve:{[nums] (sum til 1+count nums)-sum nums}",
  [("solve:{[nums] (sum til count nums)-sum nums}", "off by one: range 0..n-1"),
   ("solve:{[nums] first (til count nums) except nums}", "misses n itself")],
  [([3, 0, 1],), ([],), ([0],), ([1],), ([0, 1],), ([9, 6, 4, 2, 3, 5, 7, 0, 1],), ([2, 0],),
   (Q(f"1_til {BIG}", list(range(1, BIG))),)],
  lambda nums: (lambda seen: next(i for i in range(len(nums) + 1) if i not in seen))(set(nums)), family="missing")

P(98, "Disappeared numbers", "easy", ["lists"],
  "`nums` has `n` items, each between 1 and `n`. Return, ascending, the numbers of `1..n` that "
  "do not appear in it.",
  [("nums", "J")], "J",
  "solve:{[nums] (1+til count nums) except nums}",
  [("solve:{[nums] (til count nums) except nums}", "range 0..n-1"),
   ("solve:{[nums] distinct nums}", "returns the present numbers")],
  [([4, 3, 2, 7, 8, 2, 3, 1],), ([],), ([1],), ([1, 1],), ([2, 2],), ([1, 2, 3],), ([3, 3, 3],),
   ([5, 4, 3, 2, 1],)],
  lambda nums: [i for i in range(1, len(nums) + 1) if i not in nums], family="missing")

P(99, "Distinct common items", "easy", ["lists"],
  "Return the distinct items that are in both `a` and `b`, in the order they first appear in `a`.",
  [("a", "J"), ("b", "J")], "J",
  "solve:{[a;b] distinct a inter b}",
  [("solve:{[a;b] a inter b}", "keeps repeats"),
   ("solve:{[a;b] distinct a union b}", "union instead of intersection")],
  [([1, 2, 2, 1], [2, 2]), ([], [1]), ([1], []), ([4, 9, 5], [9, 4, 9, 8, 4]), ([1, 2], [3, 4]),
   ([5], [5]), ([-1, 0, 1], [1, -1]), ([3, 3, 3], [3])],
  lambda a, b: list(dict.fromkeys(x for x in a if x in b)))

P(100, "Symmetric difference", "easy", ["lists", "sorting"],
  "Return, ascending and without repeats, the values that are in exactly one of `a` and `b`.",
  [("a", "J"), ("b", "J")], "J",
  "solve:{[a;b] asc distinct (a except b),b except a}",
  [("solve:{[a;b] asc distinct a,b}", "union instead of symmetric difference"),
   ("solve:{[a;b] asc distinct a except b}", "only the items of a")],
  [([1, 2, 3], [2, 3, 4]), ([], []), ([1], []), ([], [5, 5]), ([1, 1], [1]), ([3, 1], [4, 2]),
   ([-1, 0], [0, 1]), ([9, 8, 7], [7, 8, 9])],
  lambda a, b: sorted(set(a) ^ set(b)))

# ------------------------------------------------------------------------------------ searching

P(101, "Binary search", "easy", ["search"],
  "`nums` is sorted ascending with distinct items. Return the index of `target`, or -1 if it is "
  "absent.",
  [("nums", "J"), ("target", "j")], "j",
  "solve:{[nums;target] i:nums bin target; $[(i>=0) and target=nums i;i;-1]}",
  [("solve:{[nums;target] nums bin target}", "returns the insertion point when absent"),
   ("solve:{[nums;target] i:nums bin target; $[target=nums i;i+1;-1]}", "off by one: 1-based")],
  [([-1, 0, 3, 5, 9, 12], 9), ([-1, 0, 3, 5, 9, 12], 2), ([], 1), ([5], 5), ([5], -5),
   ([1, 2, 3], 0), ([1, 2, 3], 4), (TIL, 77777)],
  lambda nums, target: nums.index(target) if target in nums else -1, family="bsearch")

P(102, "Search insert position", "easy", ["search"],
  "`nums` is sorted ascending. Return the first index at which `target` could be inserted "
  "keeping it sorted: the number of items smaller than `target`.",
  [("nums", "J"), ("target", "j")], "j",
  "solve:{[nums;target] count where nums<target}",
  [("solve:{[nums;target] count where nums<=target}", "inserts after equal items"),
   ("solve:{[nums;target] sum nums<target}", "wrong type: sum of booleans is an int")],
  [([1, 3, 5, 6], 5), ([1, 3, 5, 6], 2), ([1, 3, 5, 6], 7), ([1, 3, 5, 6], 0), ([], 3),
   ([2, 2, 2], 2), ([-5], -5), (TIL, 50000)],
  lambda nums, target: sum(1 for x in nums if x < target), family="bsearch")

P(103, "First and last position", "medium", ["search"],
  "`nums` is sorted ascending. Return the first and last index of `target` as a two-item long "
  "list, or `-1 -1` when it is absent.",
  [("nums", "J"), ("target", "j")], "J",
  "solve:{[nums;target] i:where nums=target; $[count i;(first i),last i;-1 -1]}",
  [("solve:{[nums;target] i:where nums=target; (first i),last i}", "gives nulls, not -1 -1, when absent"),
   ("solve:{[nums;target] i:where nums=target; $[count i;(first i),count i;-1 -1]}", "count instead of last index")],
  [([5, 7, 7, 8, 8, 10], 8), ([5, 7, 7, 8, 8, 10], 6), ([], 0), ([1], 1), ([2, 2], 2),
   ([1, 2, 3], 1), ([1, 2, 3, 3, 3], 3), (Q(f"asc {BIG}#til 10", sorted(list(range(10)) * (BIG // 10))), 3)],
  lambda nums, target: ([nums.index(target), len(nums) - 1 - nums[::-1].index(target)]
                        if target in nums else [-1, -1]), family="bsearch")

P(104, "Closest value", "easy", ["search", "math"],
  "Return the item of the non-empty list `nums` closest to `target`; on a tie, the smaller item.",
  [("nums", "J"), ("target", "j")], "j",
  "solve:{[nums;target] d:abs nums-target; min nums where d=min d}",
  [("solve:{[nums;target] d:abs nums-target; first nums where d=min d}", "tie goes to the first seen"),
   ("solve:{[nums;target] d:abs nums-target; min d}", "returns the distance")],
  [([1, 5, 9], 6), ([1, 5, 9], 7), ([4, 6], 5), ([6, 4], 5), ([3], 100), ([-2, 2], 0),
   ([10, 20, 30], 25), (TIL, -5)],
  lambda nums, target: min(nums, key=lambda x: (abs(x - target), x)))

P(105, "Maximum subarray sum", "medium", ["search", "dp", "lists"],
  "Return the largest sum of a non-empty run of consecutive items of the non-empty list `nums`.",
  [("nums", "J")], "j",
  "solve:{[nums] s:sums nums; max s-mins 0,-1_s}",
  [("solve:{[nums] max 0,sums nums}", "only runs starting at the first item, and 0 for all-negative lists"),
   ("solve:{[nums] s:sums nums; max s-mins s}", "excludes runs that start at the first item")],
  [([-2, 1, -3, 4, -1, 2, 1, -5, 4],), ([1],), ([-1],), ([-3, -1, -2],), ([5, 4, -1, 7, 8],),
   ([0, 0],), ([2, -1, 2],), (TIL_NEG,)],
  lambda nums: _kadane(nums))


def _kadane(nums):
    best, cur = nums[0], 0
    for x in nums:
        cur = max(x, cur + x)
        best = max(best, cur)
    return best


P(106, "Longest run of equal items", "easy", ["lists", "search"],
  "Return the length of the longest run of equal consecutive items of `nums` (0 when empty).",
  [("nums", "J")], "j",
  "solve:{[nums] $[count nums;max count each (where differ nums) cut nums;0]}",
  [("solve:{[nums] max count each group nums}", "counts equal items that are not adjacent"),
   ("solve:{[nums] count distinct nums}", "number of distinct items")],
  [([1, 1, 2, 2, 2, 3],), ([],), ([4],), ([1, 2, 1, 2],), ([7, 7, 7, 7],), ([1, 1, 2, 1, 1, 1],),
   ([0, 0, -1],), (Q(f"{BIG}#5", [5] * BIG),), ([1, -1],)],
  lambda nums: max((len(list(g)) for _, g in __import__("itertools").groupby(nums)), default=0))

P(107, "Best time to buy and sell", "medium", ["search", "lists"],
  "`prices` are daily prices (non-empty). Buying on one day and selling on the same or a later "
  "day, return the largest possible profit (0 if prices only fall).",
  [("prices", "J")], "j",
  "solve:{[prices] max prices-mins prices}",
  [("solve:{[prices] (max prices)-min prices}", "may sell before buying"),
   ("solve:{[prices] max 1_deltas prices}", "best single-day gain only")],
  [([7, 1, 5, 3, 6, 4],), ([7, 6, 4, 3, 1],), ([5],), ([1, 2],), ([2, 1, 2, 1, 0, 1, 2],),
   ([3, 3, 3],), ([1, 10, 0, 5],), (TIL,)],
  lambda prices: max(prices[j] - min(prices[: j + 1]) for j in range(len(prices))),
  split="test")  # beside the other stock problems, qrl-0244 and qrl-0245

P(108, "Balance dips below zero", "easy", ["lists", "simulation"],
  "An account starts at 0 and `ops` are deposits (positive) and withdrawals (negative) in "
  "order. Return `1b` if the balance is ever below zero.",
  [("ops", "J")], "b",
  "solve:{[ops] any 0>sums ops}",
  [("solve:{[ops] 0>sum ops}", "only checks the final balance"),
   ("solve:{[ops] any 0>ops}", "any withdrawal counts")],
  [([1, 2, -4, 5],), ([1, 2, -3],), ([],), ([-1],), ([5, -5],), ([1, -1, 2, -2, 5, -5, 4, -5],),
   ([0, 0],), ([10, -3, -3, -3],)],
  lambda ops: any(sum(ops[: i + 1]) < 0 for i in range(len(ops))))

P(109, "Merge two sorted lists", "easy", ["lists", "sorting"],
  "`a` and `b` are sorted ascending. Return all their items as one ascending list.",
  [("a", "J"), ("b", "J")], "J",
  "solve:{[a;b] asc a,b}",
  [("solve:{[a;b] a,b}", "concatenates without sorting"),
   ("solve:{[a;b] asc distinct a,b}", "drops repeated items")],
  [([1, 3, 5], [2, 4, 6]), ([], []), ([1], []), ([], [2]), ([1, 1], [1]), ([-3, 0], [-2, 5]),
   ([7, 8, 9], [1, 2, 3]), ([2, 2], [2, 2])],
  lambda a, b: sorted(a + b), family="sorted")

P(110, "Peak index", "medium", ["search", "lists"],
  "Return the index of the first item of `nums` that is strictly greater than both neighbours "
  "(a missing neighbour at either end counts as smaller), or -1 if there is none.",
  [("nums", "J")], "j",
  "solve:{[nums] n:count nums; if[n=0;:-1]; l:-0W,-1_nums; r:(1_nums),-0W; "
  "i:where (nums>l)&nums>r; $[count i;first i;-1]}",
  [("solve:{[nums] first where (nums>prev nums)&nums>next nums}", "gives a null, not -1, when there is no peak"),
   ("solve:{[nums] nums?max nums}", "returns the position of the maximum")],
  [([1, 2, 3, 1],), ([1, 3, 2, 4, 1],), ([],), ([5],), ([2, 2],), ([3, 2, 1],), ([1, 2],),
   ([1, 1, 2, 2, 1],), ([0],)],
  lambda nums: next((i for i in range(len(nums))
                     if (i == 0 or nums[i] > nums[i - 1]) and (i == len(nums) - 1 or nums[i] > nums[i + 1])), -1))

# ------------------------------------------------------------------------------------ more lists and strings

P(29, "Chunk a list", "easy", ["lists"],
  "Split the non-empty list `nums` into consecutive chunks of `n` items (`n>=1`); the last chunk "
  "may be shorter. Return the chunks as a general list of long lists.",
  [("nums", "J"), ("n", "j")], ("list", "J"),
  "solve:{[nums;n] n cut nums}",
  [("solve:{[nums;n] enlist n#nums}", "only the first chunk (and n#nums repeats items when n is too big)"),
   ("solve:{[nums;n] (n*til (count nums) div n) cut nums}", "merges the short tail into the last full chunk")],
  [([1, 2, 3, 4, 5], 2), ([1, 2, 3, 4], 2), ([7], 1), ([7], 3), ([1, 2, 3], 1), ([1, 2, 3], 5),
   ([-1, -2, -3, -4, -5, -6, -7], 3), ([0, 0], 2)],
  lambda nums, n: [nums[i:i + n] for i in range(0, len(nums), n)])

P(30, "Count pairs with a sum", "medium", ["lists", "search"],
  "Return how many pairs of positions `i<j` have `nums[i]+nums[j]=target`.",
  [("nums", "J"), ("target", "j")], "j",
  "solve:{[nums;target] if[2>count nums;:0]; t:count where raze target=nums+\\:nums; d:count where target=2*nums; (t-d) div 2}",
  [("solve:{[nums;target] (count where raze target=nums+\\:nums) div 2}", "counts an item paired with itself"),
   ("solve:{[nums;target] t:count where raze target=nums+\\:nums; t-count where target=2*nums}", "counts each pair twice")],
  [([1, 2, 3, 4], 5), ([], 0), ([5], 10), ([2, 2, 2], 4), ([1, 1], 3), ([3, 3, 1], 6), ([-1, 1, 0, 0], 0),
   ([1, 5, 7, -1, 5], 6), ([1, 2], 3)],
  lambda nums, target: sum(1 for i in range(len(nums)) for j in range(i + 1, len(nums))
                           if nums[i] + nums[j] == target))

P(57, "Is a subsequence", "medium", ["strings", "search"],
  "Return `1b` if `s` is a subsequence of `t`: `s` can be made by deleting characters of `t` "
  "without changing the order of the rest.",
  [("s", "C"), ("t", "C")], "b",
  "solve:{[s;t] i:0; j:0; while[(i<count s) and j<count t; if[s[i]=t[j]; i+:1]; j+:1]; i=count s}",
  [("solve:{[s;t] all s in t}", "ignores order and counts"),
   ("solve:{[s;t] s~t where t in s}", "requires every occurrence of the letters in t")],
  [("abc", "ahbgdc"), ("axc", "ahbgdc"), ("", "abc"), ("", ""), ("a", ""), ("aa", "a"), ("ba", "ab"),
   ("ace", "abcde"), ("ab", "aab"), ("a", "a b"), ("a ", "a")],
  lambda s, t: _is_subseq(s, t))


def _is_subseq(s, t):
    it = iter(t)
    return all(c in it for c in s)


P(58, "Longest substring without repeats", "medium", ["strings", "search"],
  "Return the length of the longest run of consecutive characters of `s` in which no character "
  "repeats.",
  [("s", "C")], "j",
  "solve:{[s] seen:256#-1; best:0; start:0; i:0; "
  "while[i<count s; c:\"j\"$s i; if[seen[c]>=start; start:1+seen c]; seen[c]:i; best:best|1+i-start; i+:1]; best}",
  [("solve:{[s] count distinct s}", "counts distinct characters anywhere"),
   ("solve:{[s] seen:256#-1; best:0; start:0; i:0; while[i<count s; c:\"j\"$s i; if[seen[c]>=0; start:1+seen c]; seen[c]:i; best:best|1+i-start; i+:1]; best}",
    "lets the window start move backwards")],
  [("abcabcbb",), ("bbbbb",), ("pwwkew",), ("",), ("a",), ("abba",), ("dvdf",), ("abcdef",)],
  lambda s: max((j - i for i in range(len(s) + 1) for j in range(i, len(s) + 1)
                 if len(set(s[i:j])) == j - i), default=0))

P(59, "Count occurrences of a pattern", "medium", ["strings", "search"],
  "Return how many times the non-empty string `p` occurs in `s`, counting overlapping occurrences.",
  [("s", "C"), ("p", "C")], "j",
  "solve:{[s;p] n:count p; k:1+(count s)-n; if[k<1;:0]; count where {[s;p;n;i] p~s i+til n}[s;p;n] each til k}",
  [("solve:{[s;p] n:count p; k:(count s)-n; if[k<1;:0]; count where {[s;p;n;i] p~s i+til n}[s;p;n] each til k}",
    "off by one: misses a match at the very end"),
   ("solve:{[s;p] count where s=first p}", "counts only the first character")],
  [("aaaa", "aa"), ("abc", "d"), ("", "a"), ("a", "a"), ("ab", "abc"), ("cacacacac", "cac"),
   ("hello world", "o"), ("xyxyx", "xyx"), ("a b ", " ")],
  lambda s, p: sum(1 for i in range(len(s) - len(p) + 1) if s[i:i + len(p)] == p))

P(60, "Spreadsheet column number", "easy", ["strings", "math"],
  "Spreadsheet columns are named A, B, ..., Z, AA, AB, ... Return the column number (A is 1) of "
  "the non-empty upper-case name `s`.",
  [("s", "C")], "j",
  "solve:{[s] {y+26*x}/[0;1+\"ABCDEFGHIJKLMNOPQRSTUVWXYZ\"?s]}",
  [("solve:{[s] {y+26*x}/[0;\"ABCDEFGHIJKLMNOPQRSTUVWXYZ\"?s]}", "letters counted from 0"),
   ("solve:{[s] sum 1+\"ABCDEFGHIJKLMNOPQRSTUVWXYZ\"?s}", "adds the letters instead of reading base 26")],
  [("A",), ("Z",), ("AA",), ("AB",), ("ZY",), ("AZ",), ("ZZZ",), ("FXSHRXW",)],
  lambda s: _col_number(s), family="columns")


def _col_number(s):
    n = 0
    for c in s:
        n = n * 26 + ord(c) - 64
    return n


P(83, "Spreadsheet column name", "medium", ["strings", "math"],
  "Spreadsheet columns are named A, B, ..., Z, AA, AB, ... Return the name of column `n` "
  "(`n>=1`, A is 1) as a string.",
  [("n", "j")], "C",
  "solve:{[n] r:\"\"; while[n>0; n-:1; r:(\"ABCDEFGHIJKLMNOPQRSTUVWXYZ\" n mod 26),r; n:n div 26]; r}",
  [("solve:{[n] r:\"\"; while[n>0; r:(\"ABCDEFGHIJKLMNOPQRSTUVWXYZ\" n mod 26),r; n:n div 26]; r}",
    "treats the names as plain base 26"),
   ("solve:{[n] \"ABCDEFGHIJKLMNOPQRSTUVWXYZ\" (n-1) mod 26}", "one letter only, as a char atom")],
  [(1,), (26,), (27,), (28,), (52,), (701,), (702,), (2147483647,)],
  lambda n: _col_name(n), family="columns")


def _col_name(n):
    r = ""
    while n > 0:
        n -= 1
        r = chr(65 + n % 26) + r
        n //= 26
    return r


P(84, "Weighted average", "easy", ["math", "lists"],
  "Return the average of `vals` weighted by `weights` (same length, weights sum to more than 0) "
  "as a float: `sum(w*v) / sum(w)`.",
  [("vals", "J"), ("weights", "J")], "f",
  "solve:{[vals;weights] weights wavg vals}",
  [("solve:{[vals;weights] avg vals}", "ignores the weights"),
   ("solve:{[vals;weights] vals wavg weights}", "weights and values swapped")],
  [([1, 2, 3], [1, 1, 1]), ([10, 20], [3, 1]), ([5], [2]), ([1, 2], [0, 1]), ([-4, 4], [1, 3]),
   ([100, 0, 50], [1, 2, 1]), ([7, 7, 7], [1, 2, 3]), ([3, 6, 9], [2, 0, 1])],
  lambda vals, weights: sum(v * w for v, w in zip(vals, weights)) / sum(weights))

P(85, "Happy number", "medium", ["math", "simulation"],
  "Replace the positive long `n` by the sum of the squares of its decimal digits, again and "
  "again. `n` is happy if this reaches 1 (otherwise it loops forever in a cycle without 1). "
  "Return `1b` if `n` is happy.",
  [("n", "j")], "b",
  "solve:{[n] seen:(); while[not n in seen; seen,:n; d:-48+\"j\"$string n; n:sum d*d]; n=1}",
  [("solve:{[n] d:-48+\"j\"$string n; 1=sum d*d}", "only one step"),
   ("solve:{[n] while[n>9; d:-48+\"j\"$string n; n:sum d*d]; n=1}", "stops at any single digit: 7 is happy")],
  [(1,), (19,), (2,), (7,), (4,), (100,), (89,), (998001,)],
  lambda n: _happy(n))


def _happy(n):
    seen = set()
    while n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1
