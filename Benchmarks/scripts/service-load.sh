#!/usr/bin/env bash
# Service load benchmarks (docs/loadtest.md), with the release build, on loopback:
#   (a) 50 simulated users for DURATION_A seconds while 2 hybrid solves run: latency per route;
#   (b) JOBS solve jobs of generated 20-staff units (TIME_LIMIT s, ENGINE) queued at once, all
#       complete with exactly one roster each; the server's RSS is sampled meanwhile (the soak, c);
#   (b') the same batch again with a kill -TERM and a restart of the server in the middle.
# Usage (from the repository root): Benchmarks/scripts/service-load.sh [a] [b] [b-restart]
# Environment: PORT (18080), JOBS (200), TIME_LIMIT (5), ENGINE (local-search), DURATION_A (60),
# SOAK_USERS (5), CLI (the sched-cli that serves and solves), TOOL_CLI (the one that generates
# and load-tests; default CLI), QUEUE_CAPACITY (1000; "none" for a build without the option),
# THINK_TIME and THINK_JITTER (phase a: each user's pause before a request, ms, and its random
# spread; 0 and 0 = flood), SOLVE_NICE (the server's --solve-nice; unset: its default, 10; "none"
# for a build without the option). Results go to out/service-load/ (a-report-think<T>.json).
set -euo pipefail
cd "$(dirname "$0")/../.."
cli="${CLI:-.build/release/sched-cli}"          # serves and solves
[ -x "$cli" ] || swift build -c release --product sched-cli
tool="${TOOL_CLI:-$cli}"                        # generates and load-tests
capacity=(--queue-capacity "${QUEUE_CAPACITY:-1000}"); [ "${QUEUE_CAPACITY:-}" = none ] && capacity=()
[ -n "${SOLVE_NICE:-}" ] && [ "${SOLVE_NICE}" != none ] && capacity+=(--solve-nice "$SOLVE_NICE")
think="${THINK_TIME:-0}"; jitter="${THINK_JITTER:-0}"
think_options=(); [ "$think" != 0 ] && think_options=(--think-time "$think" --think-jitter "$jitter")
port="${PORT:-18080}"; url="http://127.0.0.1:$port"
jobs="${JOBS:-200}"; limit="${TIME_LIMIT:-5}"; engine="${ENGINE:-local-search}"
work=out/service-load; mkdir -p "$work"
password='mot-de-passe-de-charge'
phases=("$@"); [ ${#phases[@]} -eq 0 ] && phases=(a b b-restart)

start_server() {  # $1 = database
  "$cli" serve --db "$1" --port "$port" --concurrent-solves 2 "${capacity[@]}" >> "$work/serve.log" 2>&1 &
  echo $! > "$work/serve.pid"
  for _ in $(seq 300); do curl -fs "$url/health" > /dev/null && return 0; sleep 0.2; done
  echo "server did not start" >&2; exit 1
}
stop_server() {
  local pid; pid=$(cat "$work/serve.pid")
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
}
fresh_db() {  # $1 = database
  rm -f "$1" "$1-wal" "$1-shm"
  echo "$password" | "$cli" user add --db "$1" --name admin --role admin > /dev/null
}
sample_rss() {  # $1 = output file; samples the server's RSS (MiB) every 5 s until it stops
  local pid; pid=$(cat "$work/serve.pid")
  while kill -0 "$pid" 2>/dev/null; do
    awk -v t="$(date +%s)" '/VmRSS/ {printf "%s %.1f\n", t, $2/1024}' "/proc/$pid/status" >> "$1" 2>/dev/null || true
    sleep 5
  done
}

for phase in "${phases[@]}"; do
case "$phase" in
a)
  db="$work/a.db"; fresh_db "$db"
  "$tool" generate --staff 20 --shift-system 7h30 --month 2026-03 --seed 1 --out "$work/a-unit.json" > /dev/null
  "$cli" store import --db "$db" --by admin "$work/a-unit.json" > /dev/null
  "$cli" store import --db "$db" --by admin scenarios/s1-medecine-juin-2026.json > /dev/null
  # Two rosters to work on (local search, 10 s each), saved as proposals.
  "$cli" solve "$work/a-unit.json" --engine local-search --time-limit 10 --out "$work/a-roster1.json" --json > /dev/null || true
  "$cli" solve scenarios/s1-medecine-juin-2026.json --engine local-search --time-limit 10 --out "$work/a-roster2.json" --json > /dev/null || true
  "$cli" roster save --db "$db" --by admin --scenario "$work/a-unit.json" "$work/a-roster1.json" > /dev/null
  "$cli" roster save --db "$db" --by admin --scenario scenarios/s1-medecine-juin-2026.json "$work/a-roster2.json" > /dev/null
  start_server "$db"
  # Every user's first round submits a solve until two are queued; they run (hybrid, 2 cores)
  # for longer than the load lasts.
  "$tool" loadtest --url "$url" --user admin --password "$password" --users 50 --duration "${DURATION_A:-60}" \
    --solve-every 1 --max-solves 2 --solve-time-limit "$(( ${DURATION_A:-60} + 30 ))" --engine hybrid --drain 300 "${think_options[@]}" --json \
    > "$work/a-report-think$think.json"
  cp "$work/a-report-think$think.json" "$work/a-report.json"
  echo "load average at the end of the window: $(cut -d' ' -f1-3 /proc/loadavg)"
  stop_server
  python3 -c "
import json; r = json.load(open('$work/a-report.json'))
print(f\"(a) think time {r.get('thinkTime')}; {r['users']} users, {r['durationSeconds']} s, {r['requests']} requests, {r['throughputPerSecond']} req/s; interactive p50 {r['interactive']['p50Ms']} ms p95 {r['interactive']['p95Ms']} ms p99 {r['interactive']['p99Ms']} ms max {r['interactive']['maxMs']} ms\")
for l in r['routes']: print(f\"    {l['route']:14} n={l['requests']:6} err={l['errors']:4} p50={l['p50Ms']:8} p95={l['p95Ms']:8} p99={l['p99Ms']:8} max={l['maxMs']:8}\")
print('    errors by status:', r['errorsByStatus'], '; solves:', {k: r['solves'][k] for k in ('submitted','finished','succeeded','legal','fallback')})
"
  ;;
b|b-restart)
  db="$work/$phase.db"; fresh_db "$db"
  units="$work/units"; rm -rf "$units"
  "$tool" generate --staff 20 --shift-system 7h30 --month 2026-03 --seed 1000 --count "$jobs" --out "$units" > /dev/null
  start_server "$db"
  rss="$work/$phase-rss.txt"; : > "$rss"
  restart=(); soak=""
  if [ "$phase" = b-restart ]; then
    restart=(--restart-after "$(( jobs / 2 ))" --restart-cmd "bash -c 'source $work/restart.env; restart'")
    cat > "$work/restart.env" <<ENV
restart() {
  pid=\$(cat "$work/serve.pid"); kill -TERM "\$pid"; while kill -0 "\$pid" 2>/dev/null; do sleep 0.2; done
  "$cli" serve --db "$db" --port "$port" --concurrent-solves 2 ${capacity[*]} >> "$work/serve.log" 2>&1 &
  echo \$! > "$work/serve.pid"
  for _ in \$(seq 300); do curl -fs "$url/health" > /dev/null && return 0; sleep 0.2; done
}
ENV
  else
    sample_rss "$rss" &
    # Light interactive load during the whole batch (no extra solves).
    ( sleep 5; "$tool" loadtest --url "$url" --user admin --password "$password" --users "${SOAK_USERS:-5}" \
        --duration $(( jobs * limit / 2 + 30 )) --think-time 200 --solve-every 0 --max-solves 0 --json > "$work/b-soak-report.json" ) &
    soak=$!
  fi
  python3 Benchmarks/scripts/solve-batch.py "$url" admin "$password" "$limit" "$engine" "$db" "${restart[@]}" "$units"/*.json \
    > "$work/$phase-batch.json"
  if [ "$phase" = b ]; then wait "$soak" || true; fi
  stop_server
  echo "($phase) $(python3 -c "import json; r=json.load(open('$work/$phase-batch.json')); print(json.dumps(r))")"
  if [ "$phase" = b ]; then
    awk 'NR==1 {t0=$1; min=$2} {if ($2>max) max=$2; if ($2<min) min=$2; last=$2; t=$1} END {printf "(c) RSS over %d s: first %.1f MiB, min %.1f, max %.1f, last %.1f (%d samples)\n", t-t0, first, min, max, last, NR} NR==1 {first=$2}' "$rss"
  fi
  ;;
*) echo "unknown phase $phase (a, b, b-restart)" >&2; exit 2 ;;
esac
done
