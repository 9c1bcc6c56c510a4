#!/usr/bin/env bash
# Installs the system packages the project needs (Debian): GLPK and SQLite with their headers.
set -euo pipefail
need=()
for pkg in libglpk-dev libsqlite3-dev; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
fi
command -v swift >/dev/null || { echo "swift (6.1 or later) is required on PATH" >&2; exit 1; }
