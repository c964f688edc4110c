"""Prints one field of a model-size preset (config/models/<size>.yaml), dotted for nested keys, or nothing.

The vllm and trainer containers read the same preset this way, so the served model, its context length and the
GPU split agree on both sides of the weight sync.   Usage: python3 docker/preset.py SIZE FIELD   (e.g. launch.gpus)
"""
import sys
from pathlib import Path

import yaml


def field(size: str, dotted: str) -> object:
    path = Path(size) if size.endswith(".yaml") else Path(__file__).resolve().parent.parent / "config" / "models" / f"{size}.yaml"
    value: object = yaml.safe_load(path.read_text()) or {}
    for key in dotted.split("."):
        value = value.get(key) if isinstance(value, dict) else None
    return value


if __name__ == "__main__":
    value = field(sys.argv[1], sys.argv[2])
    print("" if value is None else str(value).lower() if isinstance(value, bool) else value)
