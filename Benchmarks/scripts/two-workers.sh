#!/usr/bin/env bash
# Two solve workers on one PostgreSQL store share the jobs without loss or duplication.
#
# Starts a throwaway PostgreSQL server (scripts/postgres-server.sh), queues JOBS short solves
# of the bundled EHPAD scenario (local search, TIME_LIMIT seconds each), runs two
# `sched-cli worker` processes at once, kills one with SIGKILL mid-run and restarts it under
# the same name, waits until the queue is empty, then asks the database what happened.
#
#   Benchmarks/scripts/two-workers.sh            # JOBS=40 TIME_LIMIT=2 CONFIG=release
#   SCHED_CLI=.build/debug/sched-cli Benchmarks/scripts/two-workers.sh   # an existing build
set -euo pipefail
cd "$(dirname "$0")/../.."
JOBS=${JOBS:-40}
TIME_LIMIT=${TIME_LIMIT:-2}
CONFIG=${CONFIG:-release}
PORT=${PORT:-55433}
SCENARIO=${SCENARIO:-scenarios/s4-ehpad-fevrier-2026.json}
LEASE=${LEASE:-6}

if [ -n "${SCHED_CLI:-}" ]; then
  cli=$(cd "$(dirname "$SCHED_CLI")" && pwd)/$(basename "$SCHED_CLI")
else
  swift build -c "$CONFIG" --product sched-cli >&2
  cli=$(swift build -c "$CONFIG" --show-bin-path)/sched-cli
fi
work=$(mktemp -d /tmp/two-workers.XXXXXX)
pgdir=$(mktemp -d /tmp/two-workers-postgres.XXXXXX)   # its own: the server's user must reach it
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  bash scripts/postgres-server.sh stop "$pgdir"
  rm -rf "$work"
}
trap cleanup EXIT

server=$(bash scripts/postgres-server.sh start "$pgdir" "$PORT")
eval "$server"
url=$ROSTER_TEST_POSTGRES_URL
sql() { psql -X -q "$url" "$@"; }

echo "== queue $JOBS jobs ($(basename "$SCENARIO"), local-search, ${TIME_LIMIT} s each)"
"$cli" queue submit --store "$url" "$SCENARIO" --count "$JOBS" --time-limit "$TIME_LIMIT" --engine local-search --by demo

start_worker() { # NAME
  "$cli" worker --store "$url" --id "$1" --concurrency 1 --lease "$LEASE" --poll 0.5 >>"$work/$1.log" 2>&1 &
  echo $!
}
started=$(date +%s)
a=$(start_worker worker-A); pids+=("$a")
b=$(start_worker worker-B); pids+=("$b")
echo "== two workers started (pids $a, $b), lease ${LEASE} s"

sleep 15
echo "== $(date -u +%T) kill -9 worker-B in the middle of a solve; its job is still 'running':"
kill -9 "$b"
sql -c "SELECT id, worker, attempts, state FROM solveJob WHERE state = 'running' ORDER BY id"
sleep 3
b=$(start_worker worker-B); pids+=("$b")
echo "== $(date -u +%T) worker-B restarted (pid $b): it queues its own interrupted job again at once"

while [ "$(sql -tA -c "SELECT count(*) FROM solveJob WHERE state IN ('queued', 'running')")" != 0 ]; do sleep 1; done
elapsed=$(( $(date +%s) - started ))
kill -TERM "$a" "$b"; wait "$a" "$b" 2>/dev/null || true
pids=()
echo "== queue empty after ${elapsed} s; workers stopped"

echo "== jobs by worker and state"
sql -c "SELECT worker, state, count(*) AS jobs, sum(attempts) AS starts FROM solveJob GROUP BY worker, state ORDER BY worker, state"
echo "== jobs started more than once"
sql -c "SELECT id, attempts, worker, state, rosterId FROM solveJob WHERE attempts > 1 ORDER BY id"
echo "== exactly once: succeeded jobs, distinct rosters, roster rows, roster.propose audit entries"
sql -c "SELECT (SELECT count(*) FROM solveJob WHERE state = 'succeeded') AS succeeded,
               (SELECT count(DISTINCT rosterId) FROM solveJob WHERE state = 'succeeded') AS distinct_rosters,
               (SELECT count(*) FROM roster) AS roster_rows,
               (SELECT count(*) FROM auditEntry WHERE action = 'roster.propose') AS propose_entries,
               (SELECT count(*) FROM (SELECT payload::json->>'job' FROM auditEntry WHERE action = 'roster.propose'
                                      GROUP BY 1 HAVING count(*) > 1) d) AS jobs_with_two_rosters"
echo "== sched-cli queue status"
"$cli" queue status --store "$url"
echo "== worker logs (job started/ended lines)"
for name in worker-A worker-B; do
  printf '%s: %s jobs started, %s ended, %s recovered\n' "$name" \
    "$(grep -c 'job started' "$work/$name.log" || true)" "$(grep -c 'job ended' "$work/$name.log" || true)" \
    "$(grep -c 'queued again' "$work/$name.log" || true)"
done
