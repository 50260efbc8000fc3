#!/usr/bin/env bash
# Installs what Crosscheck needs on a fresh Debian machine: Debian's Chromium
# (never a downloaded browser) when none is found, and the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${CHROME_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  echo "setup: installing Debian's chromium"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

echo "setup: npm ci"
npm ci --no-audit --no-fund --loglevel=error
