#!/usr/bin/env bash
# Set-up and main job: installs dependencies, builds, and proposes a roster for a bundled
# scenario (default: the medicine ward of June 2026), writing out/roster.json and out/roster.csv.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release --product sched-cli
scenario="${1:-scenarios/s1-medecine-juin-2026.json}"
mkdir -p out
.build/release/sched-cli solve "$scenario" --time-limit "${TIME_LIMIT:-60}" --out out/roster.json --csv out/roster.csv
