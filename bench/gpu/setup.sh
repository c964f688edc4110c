# Sourced first by every lent-GPU run: the carried wheels (.whl: TRL, DeepSpeed, datasets, the executor's web stack)
# into /tmp/site, this repository on PYTHONPATH, NVLink multicast off, and what the machine is.
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl || exit 1
export PYTHONPATH=/tmp/site:$PWD PYTHONUNBUFFERED=1
export NCCL_NVLS_ENABLE=0 TORCH_SYMM_MEM_DISABLE_MULTICAST=1 NVSHMEM_DISABLE_NVLS=1
export OUT=${OUT:-/tmp/out}; mkdir -p "$OUT" /tmp/b
{ date -u; nproc; free -g | head -2; nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv;
  python3 -c 'import torch, transformers, trl, deepspeed, accelerate; print(torch.__version__, transformers.__version__, trl.__version__, deepspeed.__version__, accelerate.__version__)'
} > /tmp/b/machine.txt 2>&1
cat /tmp/b/machine.txt
