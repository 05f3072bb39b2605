#!/usr/bin/env bash
# Submits a DevSim sweep to Slurm: a job array of SHARDS tasks (slurm-sweep.sbatch), then a merge
# job that runs once the array has ended, however its tasks ended. The merge checks that every cell
# is present itself (devsim merge exits 3 and lists the missing cells otherwise) rather than
# trusting the tasks' exit codes; --kill-on-invalid-dep stops it from waiting forever.
#
#   experiments/cluster/slurm-submit.sh EXPERIMENT OUT SHARDS [more sbatch options for the array]
#
# Environment: DEVSIM (how to start devsim, default "devsim"); WAIT=1 to block until the merge
# job ends and exit with its exit code.
# Results: OUT/results.csv and OUT/results.json; logs in OUT/logs/.
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: $0 EXPERIMENT OUT SHARDS [sbatch options...]" >&2
  exit 2
fi
experiment=$(realpath "$1"); out=$(realpath -m "$2"); shards=$3; shift 3
case $shards in ''|*[!0-9]*) echo "SHARDS must be a positive number, not '$shards'" >&2; exit 2;; esac
if [ "$shards" -lt 1 ] || [ "$shards" -gt 1000 ]; then
  # Many clusters cap job arrays at 1,000 tasks (MaxArraySize); more shards do not help anyway.
  echo "SHARDS must be from 1 to 1000, not $shards" >&2
  exit 2
fi
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DEVSIM=${DEVSIM:-devsim}
mkdir -p "$out/logs"

array=$(sbatch --parsable --array="0-$((shards - 1))" \
  --export="ALL,EXPERIMENT=$experiment,OUT=$out,DEVSIM=$DEVSIM" \
  --output="$out/logs/sweep-%A_%a.out" "$@" "$here/slurm-sweep.sbatch")
array=${array%%;*}
wait_flag=()
if [ "${WAIT:-0}" = 1 ]; then wait_flag=(--wait); fi
merge=$(sbatch --parsable "${wait_flag[@]}" --job-name=devsim-merge \
  --dependency="afterany:$array" --kill-on-invalid-dep=yes \
  --output="$out/logs/merge-%j.out" \
  --wrap "$DEVSIM merge '$out' --out '$out/results.csv'") || status=$?
echo "sweep array job $array ($shards shards), merge job ${merge%%;*}: results in $out/results.csv"
exit "${status:-0}"
