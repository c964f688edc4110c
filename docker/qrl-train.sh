#!/bin/sh
# Runs the GRPO job inside the trainer container. On GPUs: accelerate (+ DeepSpeed, config/accelerate/) over
# TRAIN_GPUS (default: the preset's launch.gpus), generation from the `vllm` service. With QRL_DEVICE=cpu: one
# process, generation with transformers. Rewards always come from the `executor` service. Extra args go to `qrl train`.
# DRY_RUN=1 prints the command without running it.
set -eu
preset() { python3 "${QRL_SRC:-/src}/docker/preset.py" "${SIZE:-1.5b}" "$1"; }

set -- --size "${SIZE:-1.5b}" "$@"
[ -n "${MODEL:-}" ] && set -- "$@" --model "$MODEL"
case "${REASONING:-}" in
  1|true) set -- "$@" --use_reasoning_format true ;;
  0|false) set -- "$@" --use_reasoning_format false ;;
esac

if [ "${QRL_DEVICE:-gpu}" = cpu ]; then
  set -- qrl train "$@" --use_vllm false
  echo "$*"
  [ -n "${DRY_RUN:-}" ] && exit 0
  exec "$@"
fi

gpus=${TRAIN_GPUS:-$(preset launch.gpus)}
n=$(echo "$gpus" | tr ',' '\n' | grep -c .)
export CUDA_VISIBLE_DEVICES="$gpus"
set -- accelerate launch --config_file "config/accelerate/${ACCELERATE_CONFIG:-$(preset launch.accelerate_config)}.yaml" \
  --num_processes "$n" "$(command -v qrl)" train "$@" \
  --use_vllm true --vllm_mode server --vllm_server_host "${VLLM_HOST:-vllm}" --vllm_server_port "${VLLM_PORT:-8001}"
echo "CUDA_VISIBLE_DEVICES=$gpus $*"
[ -n "${DRY_RUN:-}" ] && exit 0   # print the command only
exec "$@"
