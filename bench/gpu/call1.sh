# Lent 2×H200, first call: GRPO on the 1.5B shape with ZeRO-3 through accelerate, on 1 GPU and on 2 GPUs.
#   run(kind=nvidia-h200-x2, carry=[".whl", ".gpu"], command="bash bench/gpu/call1.sh")
source bench/gpu/setup.sh
for gpus in 1 2; do
  out=/tmp/b/1.5b-${gpus}gpu
  flags="--shape 1.5b --steps 20 --gpus $gpus --max-completion-length 192 --workers 16 --out $out"
  timeout -k 10 280 python3 bench/grpo_step.py $flags 2>&1 | tee "$OUT/1.5b-${gpus}gpu.log"
  [ -f $out/result.json ] || python3 bench/grpo_step.py $flags --summarize
  cp $out/result.json "$OUT/1.5b-${gpus}gpu.json"
done
tar czf "$OUT/call1.tgz" -C /tmp b; ls -la "$OUT"
