"""Turn problem definitions (statement, q types, reference, wrong answers, inputs and a Python
oracle) into rows of the problem-set JSONL.  `python -m data.authoring.build` writes part A.

Expected values come from the oracle, never from running the reference; `qrl data check` then
runs the reference and the wrong answers against them.
"""
from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from data.authoring.qlit import lit
from data.schema import Problem

PROBLEMS_DIR = Path(__file__).resolve().parent.parent / "problems"
MAX_LITERAL = 4000  # characters; bigger inputs are written as q expressions (see `Q`)


@dataclass(frozen=True)
class Q:
    """An argument written as q text (e.g. `til 100000`) with the Python value it stands for."""

    text: str
    value: Any


@dataclass
class Out:
    """An expected result written as q text, for results too big for a literal; `value` is the
    oracle's result it must equal (checked when the problem is built)."""

    text: str
    value: Any


def type_words(spec) -> str:
    """How a type spec reads in a prompt: "a long list", "a dictionary from symbols to longs"."""
    atoms = {"b": "boolean", "x": "byte", "h": "short", "i": "int", "j": "long", "e": "real",
             "f": "float", "c": "char", "s": "symbol", "d": "date"}
    if isinstance(spec, tuple):
        if spec[0] == "list":
            return f"a general list of {_plural(spec[1])}"
        if spec[0] == "dict":
            return f"a dictionary from {_item_plural(spec[1])} to {_item_plural(spec[2])}"
        if spec[0] == "table":
            cols = ", ".join(f"`{c}` ({atoms[t.lower()]})" for c, t in spec[1].items())
            return f"a table with columns {cols}"
        if spec[0] == "mixed":
            return "a general list of " + ", ".join(type_words(t) for t in spec[1])
    if spec == "C":
        return "a string (char list)"
    if spec.islower():
        word = atoms[spec]
        return f"a {word} atom" if word[0] not in "aeiou" else f"an {word} atom"
    return f"a {atoms[spec.lower()]} list"


def _item_plural(list_spec) -> str:
    """What the items of a list of type `list_spec` are: "J" -> "longs", ("list", "J") -> "long lists"."""
    if isinstance(list_spec, tuple) and list_spec[0] == "list":
        return _plural(list_spec[1])
    if list_spec == "C":
        return "chars"
    return _plural(list_spec.lower())


def _code(text: str) -> str:
    """Markdown inline code that may itself contain backticks (q symbols)."""
    return f"`` {text} ``" if "`" in text else f"`{text}`"


def _plural(spec) -> str:
    if spec == "C":
        return "strings"
    if isinstance(spec, tuple) or spec.isupper():
        return type_words(spec)[2:].replace("list", "lists") if not isinstance(spec, tuple) else "lists"
    return {"b": "booleans", "j": "longs", "f": "floats", "s": "symbols", "c": "chars", "i": "ints",
            "h": "shorts", "e": "reals", "x": "bytes", "d": "dates"}[spec]


@dataclass
class Spec:
    id: str
    title: str
    difficulty: str
    tags: list[str]
    statement: str
    args: list[tuple[str, Any]]  # (name, type spec)
    returns: Any  # type spec of the result
    reference: str
    wrong: list[tuple[str, str]]  # (code, why)
    cases: list[tuple]  # argument values (Python, or Q for big inputs)
    oracle: Callable
    family: str = ""  # problems of one family always land in the same split
    entry_point: str = "solve"
    examples: int = 2  # how many of the first cases the prompt shows
    returns_note: str = ""  # extra words after the result type, e.g. "(0N when absent)"
    outputs: dict[int, Out] = field(default_factory=dict)  # case index -> q text of the expected
    split: str = ""  # "train"/"test" to pin the split, e.g. beside a near-duplicate in another file

    def call_text(self, case: tuple) -> str:
        parts = [a.text if isinstance(a, Q) else lit(a, spec) for a, (_, spec) in zip(case, self.args)]
        return f"{self.entry_point}[{';'.join(parts)}]"

    def expected_text(self, i: int, case: tuple) -> str:
        value = self.oracle(*[a.value if isinstance(a, Q) else a for a in case])
        if i in self.outputs:
            if self.outputs[i].value != value:
                raise ValueError(f"{self.id} case {i}: Out value disagrees with the oracle")
            return self.outputs[i].text
        text = lit(value, self.returns)
        if len(text) > MAX_LITERAL:
            raise ValueError(f"{self.id} case {i}: expected literal is {len(text)} chars; use Out")
        return text

    def signature(self) -> str:
        return f"{self.entry_point}:{{[{';'.join(n for n, _ in self.args)}] ...}}"

    def prompt(self, tests: list[dict]) -> str:
        names = ";".join(n for n, _ in self.args)
        lines = [f"# {self.title}", "", self.statement.strip(), "",
                 f"Write a q function `{self.entry_point}[{names}]` where:"]
        lines += [f"- `{n}` is {type_words(t)}" for n, t in self.args]
        note = f" {self.returns_note}" if self.returns_note else ""
        lines += ["", f"`{self.entry_point}` returns {type_words(self.returns)}{note}.", "", "Examples:"]
        lines += [f"- {_code(t['call'])} returns {_code(t['expected'])}" for t in tests[: self.examples]]
        return "\n".join(lines) + "\n"


def render(spec: Spec, split: str) -> dict:
    tests = [{"call": spec.call_text(c), "expected": spec.expected_text(i, c)}
             for i, c in enumerate(spec.cases)]
    row = {
        "id": spec.id, "title": spec.title, "difficulty": spec.difficulty, "tags": spec.tags,
        "split": split, "prompt": spec.prompt(tests), "entry_point": spec.entry_point,
        "signature": spec.signature(), "reference": spec.reference, "tests": tests,
        "wrong_solutions": [{"code": c, "why": w} for c, w in spec.wrong],
    }
    return Problem.model_validate(row).model_dump()


def assign_splits(specs: list[Spec], every: int = 5) -> dict[str, str]:
    """A family goes to test when a hash of its name falls in 1 of `every` buckets: ~20%, stable
    when problems are added or reordered, and near duplicates (one family) never straddle the split."""
    def split_of(family: str) -> str:
        return "test" if int(hashlib.sha256(family.encode()).hexdigest(), 16) % every == 0 else "train"

    return {s.id: s.split or split_of(s.family or s.id) for s in specs}


def write(specs: list[Spec], path: Path) -> list[dict]:
    ids = [s.id for s in specs]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate problem ids")
    splits = assign_splits(specs)
    rows = [render(s, splits[s.id]) for s in specs]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    return rows


def main() -> None:
    from data.authoring import part_a

    rows = write(part_a.SPECS, PROBLEMS_DIR / "part_a.jsonl")
    n_test = sum(r["split"] == "test" for r in rows)
    print(f"part_a.jsonl: {len(rows)} problems ({len(rows) - n_test} train, {n_test} test), "
          f"{sum(len(r['tests']) for r in rows)} tests", file=sys.stderr)


if __name__ == "__main__":
    main()
