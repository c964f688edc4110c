# The trainer image: `qrl train` on TRL + accelerate + DeepSpeed, and `trl vllm-serve` (same image, two services
# in docker-compose.yml). Defaults to a CUDA base with the `gpu` extra; the compose `cpu` profile builds it from a
# plain Python base with the `train` extra and torch's CPU wheels. Builds from a base with or without Python.
ARG BASE_IMAGE=nvidia/cuda:12.8.1-cudnn-devel-ubuntu24.04

FROM ${BASE_IMAGE} AS python
# A base without Python (CUDA, debootstrap) gets the distribution's python3 (3.11+ needed). On a CUDA base, a C++
# compiler too: DeepSpeed builds its ops at first use. ($packages is a word list: split on purpose.)
# hadolint ignore=SC2086
RUN packages=""; \
    if ! command -v python3 >/dev/null || ! python3 -c "import venv, ensurepip" 2>/dev/null; then \
      packages="python3 python3-venv python3-dev"; \
    fi; \
    if command -v nvcc >/dev/null && ! command -v g++ >/dev/null; then packages="$packages g++"; fi; \
    if [ -n "$packages" ]; then \
      apt-get update \
      && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $packages \
      && rm -rf /var/lib/apt/lists/*; \
    fi \
    && python3 -c "import sys; assert sys.version_info >= (3, 11), sys.version"

FROM python AS deps
# EXTRAS: `gpu` (vLLM, DeepSpeed, wandb) or `train` (CPU). TORCH_INDEX_URL: torch from another index first,
# e.g. https://download.pytorch.org/whl/cpu. FLASH_ATTN=1 compiles flash-attn (long; needs the CUDA devel base).
# With `gpu`, ninja too: DeepSpeed's ops compile at first use through torch's extension builder.
ARG EXTRAS=gpu
ARG TORCH_INDEX_URL=
ARG FLASH_ATTN=0
ARG PIP_OFFLINE=0
ENV PIP_FIND_LINKS=/wheelhouse PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
COPY docker/wheelhouse/ /wheelhouse/
COPY docker/requirements.py pyproject.toml /src/
RUN if [ "$PIP_OFFLINE" = 1 ]; then export PIP_NO_INDEX=1; fi \
    && python3 -m venv /opt/venv \
    && /opt/venv/bin/pip install -q --upgrade pip \
    && if [ -n "$TORCH_INDEX_URL" ]; then /opt/venv/bin/pip install -q torch --index-url "$TORCH_INDEX_URL"; fi \
    && python3 /src/requirements.py /src/pyproject.toml "$EXTRAS" > /src/requirements.txt \
    && /opt/venv/bin/pip install -q -r /src/requirements.txt \
    && if [ "$EXTRAS" = gpu ]; then /opt/venv/bin/pip install -q ninja packaging setuptools wheel; fi \
    && if [ "$FLASH_ATTN" = 1 ]; then MAX_JOBS=4 /opt/venv/bin/pip install -q --no-build-isolation flash-attn; fi

FROM deps
ENV PATH=/opt/venv/bin:$PATH PYTHONUNBUFFERED=1 HF_HOME=/cache/huggingface
COPY . /src
# Editable: the trainer finds config/ and data/ beside its package, and runs write to /src/final_outputs.
RUN if [ "$PIP_OFFLINE" = 1 ]; then export PIP_NO_INDEX=1; fi \
    && /opt/venv/bin/pip install -q --no-deps -e /src \
    && /opt/venv/bin/python -c "import qrl.cli, trainer" \
    && install -m 755 /src/docker/qrl-train.sh /usr/local/bin/qrl-train \
    && install -m 755 /src/docker/qrl-vllm.sh /usr/local/bin/qrl-vllm \
    && mkdir -p /src/final_outputs /cache/huggingface
WORKDIR /src
CMD ["qrl-train"]
