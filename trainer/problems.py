"""Problems for a run: the built-in set, or JSONL files of the same shape, read through `data.load_problems`.

Training uses the `train` split; evaluation the first `simple_eval_problems` of the `test` split, easiest first.
"""
from __future__ import annotations

from pathlib import Path

DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2}


def load_all(source: str | None) -> list:
    """`data.Problem`s from the built-in set, a JSONL file, or every *.jsonl in a folder."""
    from data import load_problems

    if not source:
        return load_problems()
    path = Path(source)
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    if not files or not all(f.is_file() for f in files):
        raise FileNotFoundError(f"no problem files at {path}")
    return load_problems(paths=files)


def split_problems(problems: list, max_train_problems: int | None = None, eval_problems: int = 15,
                   difficulties: list[str] | None = None) -> tuple[list, list]:
    """(train, held-out eval) problems after the difficulty filter and the data-scale cap."""
    if difficulties:
        problems = [p for p in problems if p.difficulty in difficulties]
    train = [p for p in problems if p.split == "train"]
    held_out = sorted((p for p in problems if p.split == "test"), key=lambda p: DIFFICULTY_ORDER.get(p.difficulty, 3))
    if max_train_problems:
        train = train[:max_train_problems]
    if not train:
        raise ValueError("no training problems (split 'train') after filtering")
    return train, held_out[:eval_problems]
