"""Load problems: the built-in set (data/problems/*.jsonl), the public LeetCode→q schema, and KX's
Q-HumanEval JSONL; and turn a list of problems into the `datasets.Dataset` the trainer reads.
"""
from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from data.authoring.qlit import lit
from data.prompts import chat_messages
from data.schema import OutputTest, Problem, ValueTest

PROBLEMS_DIR = Path(__file__).parent / "problems"
VERSION_FILE = Path(__file__).parent / "VERSION"


def version() -> str:
    return VERSION_FILE.read_text().strip() if VERSION_FILE.exists() else "0"


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(Path(path).read_text().splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{n}: not JSON: {e}") from e
    return rows


def load_problems(split: str | None = None, paths: Iterable[Path] | None = None) -> list[Problem]:
    """The built-in set (every data/problems/*.jsonl), optionally one split ("train" or "test")."""
    if split not in (None, "train", "test"):
        raise ValueError(f"split must be None, 'train' or 'test', not {split!r}")
    files = sorted(PROBLEMS_DIR.glob("*.jsonl")) if paths is None else [Path(p) for p in paths]
    problems = []
    for path in files:
        for n, row in enumerate(read_jsonl(path), 1):
            try:
                problems.append(Problem.model_validate(row))
            except Exception as e:
                raise ValueError(f"{path}:{n}: {e}") from e
    problems.sort(key=lambda p: p.id)
    return [p for p in problems if split is None or p.split == split]


def to_dataset(problems: list[Problem], reasoning: bool = False):
    """A `datasets.Dataset` with the columns the trainer needs.

    `tests` is a list of dicts; Arrow gives every dict all four keys (`call, expected, code,
    expected_output`), the ones a test does not have set to None (`clean_tests` drops them).
    """
    import datasets

    rows = {
        "id": [p.id for p in problems],
        "prompt": [chat_messages(p.prompt, reasoning) for p in problems],
        "tests": [p.test_dicts() for p in problems],
        "entry_point": [p.entry_point for p in problems],
        "reference": [p.reference for p in problems],
        "difficulty": [p.difficulty for p in problems],
    }
    return datasets.Dataset.from_dict(rows)


def clean_tests(tests: list[dict]) -> list[dict]:
    """Dataset `tests` back to the executor's shapes: drop the keys Arrow filled with None."""
    return [{k: v for k, v in t.items() if v is not None} for t in tests]


# ---------------------------------------------------------------- public LeetCode→q schema


def _rows_from(source: str | Path, split: str) -> list[dict]:
    path = Path(source)
    if path.is_dir():
        files = sorted(path.glob(f"*{split}*.parquet")) + sorted(path.glob(f"*{split}*.jsonl"))
        if not files:
            files = sorted(path.glob("*.parquet")) + sorted(path.glob("*.jsonl"))
        return [r for f in files for r in _rows_from(f, split)]
    if path.suffix == ".jsonl" or path.suffix == ".json":
        return read_jsonl(path)
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        return pq.read_table(path).to_pylist()
    if path.exists():
        raise ValueError(f"{path}: expected a .parquet or .jsonl file")
    import datasets  # not a local path: a dataset name on the Hugging Face hub

    return list(datasets.load_dataset(str(source), split=split))


def _entry_point(code: str) -> str:
    m = re.match(r"\s*([A-Za-z][A-Za-z0-9_.]*)\s*:\s*\{", code or "")
    return m.group(1) if m else "solve"


def load_leetcode_q(source: str | Path, split: str = "train") -> list[Problem]:
    """Problems in the public LeetCode→q schema: `problem_description`, `q_solution`,
    `test_cases[].q_test_code / q_expected_output` (local parquet/JSONL file or folder, or a hub name)."""
    problems = []
    for n, row in enumerate(_rows_from(source, split), 1):
        cases = row.get("test_cases") or []
        if isinstance(cases, str):
            cases = json.loads(cases)
        tests = [OutputTest(code=c["q_test_code"], expected_output=str(c["q_expected_output"]))
                 for c in cases if c.get("q_test_code")]
        if not tests:
            continue
        ident = row.get("id") or row.get("task_id") or row.get("problem_id") or row.get("question_id") or n
        difficulty = str(row.get("difficulty") or "unknown").lower()
        solution = row.get("q_solution") or ""
        tags = row.get("tags") or row.get("topic_tags") or []
        problems.append(Problem(
            id=f"lcq-{ident}",
            title=str(row.get("title") or row.get("problem_name") or row.get("slug") or f"problem {ident}"),
            difficulty=difficulty if difficulty in ("easy", "medium", "hard") else "unknown",
            tags=[str(t) for t in tags] if isinstance(tags, list) else [str(tags)],
            split="test" if split == "test" else "train",
            prompt=row["problem_description"],
            entry_point=_entry_point(solution),
            reference=solution,
            tests=tests,
        ))
    return problems


# ---------------------------------------------------------------- KX Q-HumanEval


@dataclass
class HumanEvalLoad:
    problems: list[Problem] = field(default_factory=list)
    # (task id, assert line or reason) for every assertion that could not become a value test
    unconverted: list[tuple[str, str]] = field(default_factory=list)


# declared doc types (`// @param x {float[]}`) → our q type spec; ints become longs, q's default
_DECLARED = {"int": "j", "long": "j", "short": "j", "float": "f", "real": "f", "boolean": "b",
             "bool": "b", "string": "C", "symbol": "s", "char": "c"}


def _declared_type(text: str):
    text = text.strip().split("|")[0].strip()
    m = re.match(r"^(\w+)(\[\d*\])?$", text)
    if not m or m.group(1) not in _DECLARED:
        return None
    base = _DECLARED[m.group(1)]
    if not m.group(2):
        return base
    return ("list", "C") if base == "C" else base.upper()


def _infer_type(v):
    """q type spec for a plain Python literal, or None when it has no single q type."""
    if isinstance(v, bool):
        return "b"
    if isinstance(v, int):
        return "j"
    if isinstance(v, float):
        return "f"
    if isinstance(v, str):
        return "C"
    if isinstance(v, (list, tuple)):
        if not v:
            return None
        kinds = {_infer_type(x) for x in v}
        if kinds == {"b"}:
            return "B"
        if kinds <= {"j", "f"}:
            return "F" if "f" in kinds else "J"
        if len(kinds) == 1 and None not in kinds:
            return ("list", kinds.pop())
    return None


def _fits(v, spec) -> bool:
    if spec in ("j",):
        return isinstance(v, int) and not isinstance(v, bool)
    if spec == "f":
        return isinstance(v, (int, float)) and not isinstance(v, bool)
    if spec == "b":
        return isinstance(v, bool)
    if spec in ("C", "s", "c"):
        return isinstance(v, str) and (spec != "c" or len(v) == 1)
    if isinstance(spec, str) and spec.isupper():
        return isinstance(v, (list, tuple)) and all(_fits(x, spec.lower()) for x in v)
    if isinstance(spec, tuple):
        return isinstance(v, (list, tuple)) and all(_fits(x, spec[1]) for x in v)
    return False


def _to_q(v, declared) -> str:
    if declared is not None and _fits(v, declared):
        spec = declared
    else:
        spec = _infer_type(v)
        if spec is None:
            if isinstance(v, (list, tuple)) and not v:
                return "()"
            raise ValueError(f"no q type for {v!r}")
    if spec == "f":
        v = float(v)
    elif spec == "F":
        v = [float(x) for x in v]
    return lit(list(v) if isinstance(v, tuple) else v, spec)


def _humaneval_types(stub: str) -> tuple[list, object]:
    params = [_declared_type(t) for t in re.findall(r"@param\s+\w+\s+\{([^}]*)\}", stub)]
    ret = re.search(r"@return\s+\{([^}]*)\}", stub)
    return params, _declared_type(ret.group(1)) if ret else None


def _convert_assert(node: ast.Assert, entry: str, params: list, ret) -> ValueTest:
    test = node.test
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.Eq, ast.Is)):
        call_node, expected_node = test.left, test.comparators[0]
    elif isinstance(test, ast.Call):
        call_node, expected_node = test, ast.Constant(True)
    elif isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not) and isinstance(test.operand, ast.Call):
        call_node, expected_node = test.operand, ast.Constant(False)
    else:
        raise ValueError("not of the form candidate(...) == literal")
    if not (isinstance(call_node, ast.Call) and isinstance(call_node.func, ast.Name)
            and call_node.func.id == "candidate" and not call_node.keywords):
        raise ValueError("left side is not a plain candidate(...) call")
    try:
        args = [ast.literal_eval(a) for a in call_node.args]
        expected = ast.literal_eval(expected_node)
    except ValueError as e:
        raise ValueError("arguments or expected value are not plain literals") from e
    if expected is None or any(a is None for a in args):
        raise ValueError("None has no q value test equivalent")
    if isinstance(expected, (list, tuple)) and not expected and ret is None:
        raise ValueError("empty expected list with no declared q type")
    q_args = [_to_q(a, params[i] if i < len(params) else None) for i, a in enumerate(args)]
    # an empty expected list takes the declared return type, since q's empty lists are typed
    if isinstance(expected, (list, tuple)) and not expected:
        q_expected = lit([], ret) if isinstance(ret, tuple) or (isinstance(ret, str) and ret.isupper()) else "()"
    else:
        q_expected = _to_q(expected, ret)
    return ValueTest(call=f"{entry}[{';'.join(q_args) if q_args else '::'}]", expected=q_expected)


def _stub_signature(stub: str, entry: str) -> str:
    m = re.search(rf"^\s*{re.escape(entry)}\s*:\s*\{{\s*(\[[^\]]*\])?", stub, re.M)
    return m.group(0).strip() + " ...}" if m else ""


def load_q_humaneval(path: str | Path) -> HumanEvalLoad:
    """KX's Q-HumanEval JSONL (`prompt, tests, entry_point`): each Python `assert candidate(...) ==
    literal` becomes a q value test; everything else is listed in `unconverted`."""
    out = HumanEvalLoad()
    for n, row in enumerate(read_jsonl(Path(path))):
        task = str(row.get("task_id", n))
        entry = row["entry_point"]
        params, ret = _humaneval_types(row.get("prompt", ""))
        tests = []
        try:
            tree = ast.parse(row.get("tests", ""))
        except SyntaxError as e:
            out.unconverted.append((task, f"tests are not Python: {e}"))
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Assert):
                try:
                    tests.append(_convert_assert(node, entry, params, ret))
                except ValueError as e:
                    out.unconverted.append((task, f"{ast.unparse(node)}  ({e})"))
        if not tests:
            out.unconverted.append((task, "no convertible assertion: problem skipped"))
            continue
        out.problems.append(Problem(
            id=f"qhe-{task}",
            title=f"Q-HumanEval {task}: {entry}",
            split="test",
            prompt=row["prompt"],
            entry_point=entry,
            signature=_stub_signature(row.get("prompt", ""), entry),
            reference=row.get("canonical_solution") or "",
            tests=tests,
        ))
    return out
