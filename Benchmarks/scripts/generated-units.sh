#!/usr/bin/env bash
# How often a generated unit gets a legal roster: generates COUNT units (STAFF agents, SYSTEM,
# MONTH, seeds 1…COUNT), solves each with the release build (--time-limit LIMIT, ENGINE) and
# prints one line per unit (hard violations by rule) and the number with none.
# Usage (from the repository root): Benchmarks/scripts/generated-units.sh
# Environment: CLI (the sched-cli that solves), GENERATE_CLI (the one that generates; default CLI), COUNT (20), STAFF (20), SYSTEM (7h30), MONTH (2026-03), LIMIT (20), ENGINE (hybrid).
set -euo pipefail
cd "$(dirname "$0")/../.."
cli="${CLI:-.build/release/sched-cli}"
[ -x "$cli" ] || swift build -c release --product sched-cli
gen="${GENERATE_CLI:-$cli}"
count="${COUNT:-20}"; staff="${STAFF:-20}"; system="${SYSTEM:-7h30}"; month="${MONTH:-2026-03}"
limit="${LIMIT:-20}"; engine="${ENGINE:-hybrid}"
dir="out/generated-units/$staff-$system-$month"; rm -rf "$dir"; mkdir -p "$dir"
"$gen" generate --staff "$staff" --shift-system "$system" --month "$month" --seed 1 --count "$count" --out "$dir" > /dev/null
legal=0
for seed in $(seq 1 "$count"); do
  file="$dir/unit-$staff-$system-$month-s$seed.json"
  "$gen" validate "$file" > /dev/null
  "$cli" solve "$file" --time-limit "$limit" --engine "$engine" --json > "$dir/s$seed.summary.json" 2> /dev/null || true
  line=$(python3 - "$dir/s$seed.summary.json" <<'PY'
import collections, json, sys
d = json.load(open(sys.argv[1]))
rules = collections.Counter(v["rule"] for v in d.get("violations", []) if v.get("hard"))
print(d["hardViolations"], ", ".join(f"{r} ×{n}" for r, n in sorted(rules.items())) or "—")
PY
)
  echo "seed $seed: hard violations $line"
  [ "${line%% *}" = 0 ] && legal=$((legal + 1))
done
echo "$legal/$count generated $staff-agent $system units ($month) with no hard violation ($engine, $limit s each)"
