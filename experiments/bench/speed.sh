#!/usr/bin/env bash
# Issue 28: the whole command-line path timed beside a plain C implementation of the same model
# (../shared/bench/devsim_ref.c, a yardstick run beside DevSim, never part of it).
#
#   bash experiments/bench/speed.sh            # 3 alternating rounds; ROUNDS=5 for more
#   SHARED=/path/to/shared bash experiments/bench/speed.sh   # a clone that does not sit beside shared/
#
# Prints one line per run: wall and CPU seconds (user + system, all threads and processes) and
# events per CPU second ("per core"), then the medians and the ratio C / DevSim per policy.
# Only runs made in one machine state compare: note the load average it prints.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rounds=${ROUNDS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build "$root/src/DevSim.Runner" -c Release -v q --nologo > "$work/build.log" || { cat "$work/build.log"; exit 1; }
devsim=(dotnet "$root/src/DevSim.Runner/bin/Release/net10.0/devsim.dll")
shared=${SHARED:-$root/../shared}
reference="$shared/bench/devsim_ref.c"
have_c=false
if [[ -f "$reference" ]] && command -v gcc > /dev/null; then
  gcc -O2 -o "$work/devsim_ref" "$reference" -lm && have_c=true
else
  echo "note: no C yardstick ($reference or gcc missing): DevSim's runs only" >&2
fi
cores=$(nproc)
sequence=5,9,3,2,7,6,4,8,1
mouse_c="$shared/bench/mouse.txt"

# timed COMMAND...: runs it, its standard output to $work/out; sets WALL and CPU (seconds, all its processes).
timed() {
  local start end t0 t1
  t0=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)
  start=$(date +%s.%N)
  "$@" > "$work/out"
  end=$(date +%s.%N)
  # Children's CPU (utime + stime of waited-for children, in clock ticks) read before and after.
  t1=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)
  WALL=$(echo "$end - $start" | bc -l)
  CPU=$(echo "($t1 - $t0) / $(getconf CLK_TCK)" | bc -l)
}

c_multi() { # C: the same work split over one process per core
  local policy=$1 per=$((8 / cores))
  for ((c = 1; c <= cores; c++)); do
    "$work/devsim_ref" multi "$mouse_c" $sequence "$policy" 16 400000 20000 "$per" "$c" > "$work/c$c.json" &
  done
  wait
  cat "$work"/c*.json
}

events_of() { grep -o '"events": *[0-9]*' "$work/out" | grep -o '[0-9]*$' | paste -sd+ | bc; }

record() { # KEY LABEL: prints the last timed run and keeps it under KEY
  local events; events=$(events_of)
  printf '%-34s wall %7.2f s  cpu %7.2f s  events %11s  %6.2f M events per CPU second\n' "$2" "$WALL" "$CPU" "$events" "$(echo "$events / $CPU / 1000000" | bc -l)"
  echo "$1 $WALL $CPU $events" >> "$work/results"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $cores cores; $(dotnet --version)"
: > "$work/results"
for ((r = 1; r <= rounds; r++)); do
  for policy in static dynamic rework-aware; do
    if $have_c && [[ $policy != rework-aware ]]; then
      timed c_multi "$policy"
      record "C-$policy" "round $r C $policy"
    fi
    timed "${devsim[@]}" simulate optical-mouse --sequence $sequence --policy "$policy" --interarrival 16 \
      --projects 400000 --warmup 20000 --reps 8 --seed 2 --format json
    record "devsim-$policy" "round $r devsim $policy"
  done
  timed "${devsim[@]}" portfolio "$root/experiments/bench/five-types.yaml" --projects 400000 --warmup 20000 --reps 8 --seed 2 --format json
  record portfolio "round $r devsim portfolio (5 types)"
  timed "${devsim[@]}" optimize optical-mouse --method exhaustive --seed 2 --format json
  printf '%-34s wall %7.2f s  cpu %7.2f s\n' "round $r devsim optimize exhaustive" "$WALL" "$CPU"
  echo "exhaustive $WALL $CPU 0" >> "$work/results"
done

echo
echo "medians over $rounds rounds (load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
for run in C-static devsim-static C-dynamic devsim-dynamic devsim-rework-aware portfolio exhaustive; do
  grep "^$run " "$work/results" > "$work/one" || continue
  wall=$(cut -d' ' -f2 "$work/one" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  cpu=$(cut -d' ' -f3 "$work/one" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  ev=$(cut -d' ' -f4 "$work/one" | head -1)
  printf '%-22s wall %7.2f s  cpu %7.2f s' "$run" "$wall" "$cpu"
  [[ $ev != 0 ]] && printf '  %6.2f M events per CPU second' "$(echo "$ev / $cpu / 1000000" | bc -l)"
  echo
  echo "$run $wall $cpu" >> "$work/medians"
done
if $have_c; then
  for policy in static dynamic; do
    read -r _ cw cc < <(grep "^C-$policy " "$work/medians")
    read -r _ dw dc < <(grep "^devsim-$policy " "$work/medians")
    printf 'ratio C / DevSim, %-8s wall %.2f  cpu %.2f\n' "$policy" "$(echo "$cw / $dw" | bc -l)" "$(echo "$cc / $dc" | bc -l)"
  done
fi
