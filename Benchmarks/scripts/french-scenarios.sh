#!/usr/bin/env bash
# Solves each bundled French scenario with the release build and prints one Markdown row per
# scenario: hard violations, evaluator score, bound, gap, peak memory, and the run's phases.
# Usage (from the repository root): Benchmarks/scripts/french-scenarios.sh [seconds]
set -euo pipefail
limit="${1:-60}"
cli=.build/release/sched-cli
[ -x "$cli" ] || swift build -c release --product sched-cli
mkdir -p out/bench
echo "| Scenario | agents | hard violations | uncovered posts | score | bound | gap | peak RSS (MiB) | phases |"
echo "|---|---|---|---|---|---|---|---|---|"
for file in scenarios/*.json; do
  name=$(basename "$file" .json)
  /usr/bin/time -v "$cli" solve "$file" --time-limit "$limit" --json --out "out/bench/$name.json" \
    > "out/bench/$name.summary.json" 2> "out/bench/$name.time.txt" || true
  rss=$(awk -F': ' '/Maximum resident/ {printf "%.0f", $2/1024}' "out/bench/$name.time.txt")
  python3 - "$name" "out/bench/$name.summary.json" "$rss" <<'PY'
import json, sys
name, path, rss = sys.argv[1], sys.argv[2], sys.argv[3]
d = json.load(open(path))
p = d.get("provenance") or {}
params = p.get("parameters") or {}
size = len(d["indicators"]["people"])
uncovered = sum(u["post"]["missing"] for u in d.get("uncoveredPosts") or [])
bound = d.get("bound")
gap = d.get("gap")
print(f'| {name} | {size} | {d["hardViolations"]} | {uncovered} | {d["objective"]:.1f} | '
      f'{"no bound" if bound is None else f"{bound:.1f}"} | {"–" if gap is None else f"{gap*100:.1f} %"} | {rss} | {params.get("phases", "")} |')
PY
done
