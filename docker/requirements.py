"""Prints qrl's requirements (core + the extras named) from a pyproject.toml, one a line.
Usage: python3 docker/requirements.py PYPROJECT [EXTRA...]

The images install these in a layer of their own, before the source is copied, so that editing code does not
reinstall every dependency. Extras that name `qrl[...]` are expanded.
"""
import sys
import tomllib
from pathlib import Path


def requirements(pyproject: Path, extras: list[str]) -> list[str]:
    project = tomllib.loads(pyproject.read_text())["project"]
    optional = project.get("optional-dependencies", {})
    out, seen = list(project["dependencies"]), set()

    def add(extra: str) -> None:
        if extra in seen:
            return
        seen.add(extra)
        for req in optional[extra]:
            if req.replace(" ", "").startswith("qrl["):
                for inner in req.split("[", 1)[1].rstrip("]").split(","):
                    add(inner.strip())
            else:
                out.append(req)

    for extra in extras:
        add(extra)
    return list(dict.fromkeys(out))


if __name__ == "__main__":
    print("\n".join(requirements(Path(sys.argv[1]), sys.argv[2:])))
