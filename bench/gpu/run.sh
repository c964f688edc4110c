# The lent 2×H200 runs behind docs/PERFORMANCE.md, from the repository root:
#   run(kind=nvidia-h200-x2, carry=[".whl", ".gpu"], command="bash bench/gpu/run.sh a")   # then "… b", or "… all"
# a: 7B on GPU 1 (ZeRO-3, 1 process) alongside 1.5B on GPU 0 (ZeRO-3, 1 process), then executor pool scaling;
# b: 1.5B with 2 ZeRO-3 processes on GPUs 0 and 1;
# c: executor pool scaling alone on the idle machine (longer batches), then 1.5B with 64 completions per step.
# Logs and JSON land in $OUT; everything also in $OUT/<part>.tgz.
source bench/gpu/setup.sh
start=$(date +%s)
left() { echo $(( ${LIMIT:-590} - $(date +%s) + start )); }
grpo() {  # name, seconds, flags…
  local name=$1 secs=$2; shift 2
  local flags="--steps ${STEPS:-20} --max-completion-length 128 --workers 16 --out /tmp/b/$name $*"
  timeout -k 10 "$secs" python3 bench/grpo_step.py $flags > "$OUT/$name.log" 2>&1
  [ -f /tmp/b/$name/result.json ] || python3 bench/grpo_step.py $flags --summarize >> "$OUT/$name.log" 2>&1
  cp /tmp/b/$name/result.json "$OUT/$name.json"; tail -6 "$OUT/$name.log"
}
part_a() {
  CUDA_VISIBLE_DEVICES=1 grpo 7b-1gpu $(( $(left) - 10 )) --shape 7b --gpus 1 &
  CUDA_VISIBLE_DEVICES=0 grpo 1.5b-1gpu 300 --shape 1.5b --gpus 1
  python3 bench/gpu/executor_scaling.py --workers 1 2 4 8 16 32 --per-worker 64 --json "$OUT/executor_scaling.json" 2>&1
  wait
}
part_b() {
  grpo 1.5b-2gpu $(( $(left) - 10 )) --shape 1.5b --gpus 2
}
part_c() {
  python3 bench/gpu/executor_scaling.py --workers 1 2 4 8 16 32 --per-worker 256 --json "$OUT/executor_scaling_idle.json" 2>&1
  CUDA_VISIBLE_DEVICES=0 grpo 1.5b-1gpu-b64 $(( $(left) - 10 )) --shape 1.5b --gpus 1 --per-device-train-batch-size 64
}
case $1 in
  a) part_a ;;
  b) part_b ;;
  c) LIMIT=330 STEPS=10 part_c ;;
  all) LIMIT=400 part_a; LIMIT=590 part_b ;;
esac
tar czf "$OUT/$1.tgz" -C /tmp b; ls -la "$OUT"
