# Lent 2×H200, second call: executor pool scaling (while the 7B model is built on the GPU), then GRPO on the 7B
# shape with ZeRO-3 through accelerate on one GPU. The preset keeps a KL reference copy (beta 0.04); if the run does
# not finish its 20 steps that way (memory), it is repeated with beta 0 (no reference model).
#   run(kind=nvidia-h200-x2, carry=[".whl", ".gpu"], command="bash bench/gpu/call2.sh")
source bench/gpu/setup.sh
start=$(date +%s)
python3 bench/grpo_step.py --build-model --shape 7b --model-dir /tmp/qrl-bench/models/7b > "$OUT/build7b.log" 2>&1 &
python3 bench/gpu/executor_scaling.py --workers 1 2 4 8 16 32 --per-worker 64 --json "$OUT/executor_scaling.json" 2>&1 \
  | tee "$OUT/executor_scaling.log"
wait; cat "$OUT/build7b.log"
run7b() {  # name, seconds, extra flags
  out=/tmp/b/$1
  flags="--shape 7b --steps 20 --gpus 1 --max-completion-length 192 --workers 16 --out $out ${*:3}"
  timeout -k 10 $2 python3 bench/grpo_step.py $flags 2>&1 | tee "$OUT/$1.log"
  [ -f $out/result.json ] || python3 bench/grpo_step.py $flags --summarize
  cp $out/result.json "$OUT/$1.json"
}
run7b 7b-1gpu 360
if ! grep -q '"steps": 20,' "$OUT/7b-1gpu.json" 2>/dev/null; then
  run7b 7b-1gpu-beta0 $(( 570 - $(date +%s) + start )) --beta 0
fi
tar czf "$OUT/call2.tgz" -C /tmp b; ls -la "$OUT"
