#!/usr/bin/env bash
# Fills docker/wheelhouse/ with wheels of qrl's dependencies (core + the extras named, default `executor`) using
# the host's pip, so images build with PIP_OFFLINE=1 where containers cannot reach a package index. Arguments that
# are not plain extra names are extra requirements, e.g. a CPU torch: `docker/wheelhouse.sh train 'torch==2.13.0'`.
# The wheels must suit the image's Python (3.11, glibc): run it with a Python 3.11.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
[ -x "$python" ] || python=python3

extras=() pins=()
for arg in "$@"; do
  if [[ $arg =~ ^[a-z]+$ ]]; then extras+=("$arg"); else pins+=("$arg"); fi
done
[ ${#extras[@]} -gt 0 ] || extras=(executor)

reqs=$(mktemp)
trap 'rm -f "$reqs"' EXIT
"$python" docker/requirements.py pyproject.toml "${extras[@]}" >"$reqs"
# setuptools too: the image builds qrl itself from source, with pip's build isolation.
"$python" -m pip wheel -q --wheel-dir docker/wheelhouse 'setuptools>=68' wheel ${pins[@]+"${pins[@]}"} -r "$reqs"
echo "wheelhouse: $(ls docker/wheelhouse/*.whl | wc -l) wheels for extras: ${extras[*]} ${pins[*]-}"
