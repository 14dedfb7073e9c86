#!/usr/bin/env bash
# Browser journeys run in Debian's headless Chromium. Install it (and its driver) when missing and we
# are allowed to; otherwise say clearly what is missing. Never downloads a browser build of its own.
set -u
tmp="${1:-target/browser-tmp}"
mkdir -p "$tmp"
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium and chromium-driver for the browser journeys…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq chromium chromium-driver >/dev/null
fi
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "Chromium and ChromeDriver are needed for the browser journeys: apt-get install chromium chromium-driver" >&2
  exit 1
fi
