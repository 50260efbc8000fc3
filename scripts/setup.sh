#!/usr/bin/env bash
# Installs what Crosscheck needs on a fresh Debian machine: Debian's Chromium
# and Firefox ESR (never a downloaded browser) when none is found, and the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's browsers, never downloaded ones: chromium for the e2e suite,
# firefox-esr for the Firefox build's smoke test (ADR 0215).
packages=""
if [ -z "${CHROME_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then packages="$packages chromium"; fi
if [ -z "${FIREFOX_PATH:-}" ] && [ ! -x /usr/bin/firefox-esr ] && [ ! -x /usr/bin/firefox ]; then packages="$packages firefox-esr"; fi
if [ -n "$packages" ]; then
  echo "setup: installing Debian's$packages"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086 # one word per package
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $packages >/dev/null
fi

echo "setup: npm ci"
npm ci --no-audit --no-fund --loglevel=error
