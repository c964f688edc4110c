"""The problem-set contract: pydantic models for one problem and its tests.

A problem file is JSONL, one `Problem` a line. Tests are value tests (`call` ~ `expected`,
typed match in q) or output tests (stdout of `code` equals `expected_output`).
"""
from __future__ import annotations

import re
from typing import Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator

Difficulty = Literal["easy", "medium", "hard", "unknown"]
Split = Literal["train", "test"]
_ID = re.compile(r"^[A-Za-z0-9_.:-]+$")


class ValueTest(BaseModel):
    """Pass iff `(call)~(expected)` in q."""

    model_config = ConfigDict(extra="forbid")
    call: str = Field(min_length=1)
    expected: str = Field(min_length=1)


class OutputTest(BaseModel):
    """Pass iff stdout of `code` equals `expected_output` after stripping trailing whitespace."""

    model_config = ConfigDict(extra="forbid")
    code: str = Field(min_length=1)
    expected_output: str


Test = Union[ValueTest, OutputTest]


class WrongSolution(BaseModel):
    """A plausible but wrong answer: it must fail at least one test of its problem."""

    model_config = ConfigDict(extra="forbid")
    code: str = Field(min_length=1)
    why: str = Field(min_length=1)


class Problem(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    title: str = Field(min_length=1)
    difficulty: Difficulty = "unknown"
    tags: list[str] = []
    split: Split = "train"
    prompt: str = Field(min_length=1)
    entry_point: str = "solve"
    signature: str = ""
    reference: str = ""
    tests: list[Test] = Field(min_length=1)
    wrong_solutions: list[WrongSolution] = []

    @field_validator("id")
    @classmethod
    def _id_is_plain(cls, v: str) -> str:
        if not _ID.match(v):
            raise ValueError(f"id {v!r} must be letters, digits and _.:- only")
        return v

    @field_validator("entry_point")
    @classmethod
    def _entry_point_is_a_name(cls, v: str) -> str:
        if not re.match(r"^[A-Za-z][A-Za-z0-9_.]*$", v):
            raise ValueError(f"entry_point {v!r} is not a q name")
        return v

    def test_dicts(self) -> list[dict]:
        """Tests as plain dicts with only their own keys: {call, expected} or {code, expected_output}."""
        return [t.model_dump() for t in self.tests]
