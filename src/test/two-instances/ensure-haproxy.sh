#!/usr/bin/env bash
# The two-instance test runs the portal twice behind Debian's haproxy (round robin). Install it when missing and
# we are allowed to; otherwise say clearly what is missing.
set -u
if command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's haproxy for the two-instance test…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq haproxy >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq haproxy >/dev/null; }
fi
if ! command -v haproxy >/dev/null 2>&1 && [ ! -x /usr/sbin/haproxy ]; then
  echo "haproxy is needed for the two-instance test: apt-get install haproxy" >&2
  exit 1
fi
