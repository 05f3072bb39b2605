#!/usr/bin/env bash
# How the discipline and the WIP cap change each line's duration and on-time share in the
# three-lines portfolio: one devsim portfolio run per setting, one row per line (needs jq).
# Usage: experiments/portfolios/compare.sh [devsim command]   (default: devsim on PATH)
set -euo pipefail
devsim=${1:-devsim}
here=$(dirname "$0")
printf '%-9s %-8s %-9s %22s %20s\n' discipline wip-cap line "duration [95% CI]" "on time [95% CI]"
for discipline in fifo priority edd slack; do
  for cap in none 12 8; do
    args=(portfolio "$here/three-lines.yaml" --discipline "$discipline" --wip-cap "$cap" --format json --seed 1)
    $devsim "${args[@]}" | jq -r --arg d "$discipline" --arg c "$cap" \
      '.types[] | [$d, $c, .name, (.duration.mean*10|round/10), (.duration.ci95[0]*10|round/10), (.duration.ci95[1]*10|round/10),
                   (.onTime.mean*1000|round/1000), (.onTime.ci95[0]*1000|round/1000), (.onTime.ci95[1]*1000|round/1000)] | @tsv' |
      awk -F'\t' '{ printf "%-9s %-8s %-9s %6s [%5s, %5s] %6s [%5s, %5s]\n", $1, $2, $3, $4, $5, $6, $7, $8, $9 }'
  done
done
