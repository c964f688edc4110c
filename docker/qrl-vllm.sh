#!/bin/sh
# Serves the run's model with TRL's `trl vllm-serve` (HTTP generation + NCCL weight sync) for the trainer
# container. Model, context length and memory share come from the preset named by SIZE; env vars override.
# DRY_RUN=1 prints the command without running it.
set -eu
preset() { python3 "${QRL_SRC:-/src}/docker/preset.py" "${SIZE:-1.5b}" "$1"; }

model=${MODEL:-$(preset model)}
max_len=${VLLM_MAX_MODEL_LEN:-$(preset max_model_len)}
mem=${VLLM_GPU_MEMORY_UTILIZATION:-$(preset launch.vllm_gpu_memory_utilization)}
# The container sees only its reserved GPUs: tensor parallel over all of them.
tp=${VLLM_TENSOR_PARALLEL:-$(echo "${VLLM_GPUS:-0}" | tr ',' '\n' | grep -c .)}

set -- --model "$model" --host 0.0.0.0 --port "${VLLM_PORT:-8001}" --tensor_parallel_size "$tp" "$@"
[ -n "$max_len" ] && set -- "$@" --max_model_len "$max_len"
[ -n "$mem" ] && set -- "$@" --gpu_memory_utilization "$mem"
echo "trl vllm-serve $*"
[ -n "${DRY_RUN:-}" ] && exit 0   # print the command only
exec trl vllm-serve "$@"
