#!/usr/bin/env bash
# Installs wrk from Debian's packages when it is missing; run.sh and noisy-neighbours.sh both drive it.
set -euo pipefail
command -v wrk >/dev/null && exit 0
echo "[bench $(date -u +%H:%M:%S)] installing wrk" >&2
# A fresh machine has no package lists yet.
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
