#!/usr/bin/env bash
# Issue 28: a sweep of 1,008 cells (scale.yaml) on this machine, its time and peak memory, against the
# same grid at 7 replications (252 cells: memory per cell should not grow with the cell count); with
# SLURM=1 also as 4 Slurm shards plus a merge on a running cluster (../shared/cluster sets one up),
# checked byte for byte against the local merge.
#
#   bash experiments/bench/scale.sh            # SLURM=1 bash experiments/bench/scale.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/devsim-scale.XXXXXX)
trap 'rm -rf "$work"' EXIT
dotnet build "$root/src/DevSim.Runner" -c Release -v q --nologo > "$work/build.log" || { cat "$work/build.log"; exit 1; }
devsim="dotnet $root/src/DevSim.Runner/bin/Release/net10.0/devsim.dll"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"

# measured NAME COMMAND...: wall seconds and peak resident memory (GNU time) of one command.
measured() {
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/$name.log" 2>&1 || { cat "$work/$name.log"; exit 1; }
  read -r wall kib < "$work/time"
  printf '%-28s wall %7.1f s  peak memory %6.0f MiB\n' "$name" "$wall" "$(echo "$kib / 1024" | bc -l)"
}

sed 's/^replications: 28$/replications: 7/' "$root/experiments/bench/scale.yaml" > "$work/small.yaml"
measured "sweep, 252 cells" $devsim sweep "$work/small.yaml" --out "$work/small"
measured "merge, 252 cells" $devsim merge "$work/small" --out "$work/small.csv"
measured "sweep, 1,008 cells" $devsim sweep "$root/experiments/bench/scale.yaml" --out "$work/local"
measured "merge, 1,008 cells" $devsim merge "$work/local" --out "$work/local.csv"
echo "cells written: $(find "$work/local/cells" -type f | wc -l)"

if [[ ${SLURM:-0} == 1 ]]; then
  start=$(date +%s.%N)
  DEVSIM="$devsim" WAIT=1 bash "$root/experiments/cluster/slurm-submit.sh" "$root/experiments/bench/scale.yaml" "$work/slurm" 4 > "$work/slurm.log"
  printf '%-28s wall %7.1f s\n' "slurm, 4 shards + merge" "$(echo "$(date +%s.%N) - $start" | bc -l)"
  cmp "$work/local.csv" "$work/slurm/results.csv" && echo "slurm's results.csv is byte for byte the local merge's"
fi
