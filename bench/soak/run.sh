#!/usr/bin/env bash
# P7, the soak: a mixed load (80 % board searches, 15 % vacancy pages, 5 % logged-in job-centre pages) at about
# RATE requests/s for SOAK_MINUTES (issue 9: 150 req/s for 30 minutes; goal: no errors, p99 ≤ 300 ms, memory flat).
# Paced wrk (bench/soak/mixed.lua; Debian's wrk has no -R). Every INTERVAL seconds it records the JVM's resident
# memory, its heap after GC (jcmd GC.heap_info, when jcmd is there) and the load average; at the end one table
# row per interval and the totals go to RESULTS.md.
#
# Settings: BASE_URL (http://localhost:8080), PGDATABASE (portal_big), RATE (150), SOAK_MINUTES (30), INTERVAL (60 s),
# CONNECTIONS (30), WARMUP_S (60), USER (centre-ls), PASSWORD (portal-demo), LABEL, RESULTS.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bench=$(dirname "$here")
repo=$(dirname "$bench")
. "$bench/lib/common.sh"

RATE=${RATE:-150}
SOAK_MINUTES=${SOAK_MINUTES:-30}
INTERVAL=${INTERVAL:-60}
CONNECTIONS=${CONNECTIONS:-30}
RESULTS=${RESULTS:-$bench/RESULTS.md}
local_only "$BASE_URL"
need_tools

port=$(echo "$BASE_URL" | sed -nE 's#.*:([0-9]+).*#\1#p')
jvm=$(pid_on_port "$port" || true)
cookie=$(login "$BASE_URL" "${USER:-centre-ls}" "${PASSWORD:-portal-demo}")
# Vacancy pages: 2,000 ids drawn (with a fixed seed) from the vacancies the board shows today — ids in between may be
# drafts or closed, and their 404s would count as errors.
ids_file=$(mktemp)
psql -XAtq -c "select setseed(0.42)" -c "select id from vacancy where status = 'PUBLISHED'
  and closing_date >= (now() at time zone 'Asia/Ho_Chi_Minh')::date order by random() limit 2000" | grep . > "$ids_file"
read -r vmin vmax < <(sort -n "$ids_file" | sed -n '1p;$p' | paste -sd' ')
# Pacing: each of the connections waits between its requests so that together they make RATE requests/s:
# pause = CONNECTIONS × 1000 / RATE − the mean latency, worked out again after every slice from the slice before
# (a first unrecorded WARMUP_S slice, while the JIT compiles, sets the first one). Without it the connections run
# unpaced whenever the latency is high for a moment, and the load becomes "as fast as the server can" — latency by
# Little's law, not the page's (the 15-minute soak of 2026-12-03 12:31 ran so, at 163 req/s). Debian's wrk has no
# open-loop mode (wrk2 is not packaged), so a stalled connection also delays its next requests (coordinated
# omission): the p99 of a stall is understated, the achieved rate shows it.
WARMUP_S=${WARMUP_S:-60}
nominal=$(( CONNECTIONS * 1000 / RATE ))
pace() { awk -v n="$nominal" -v m="${1:-0}" 'BEGIN { q = int(n - m); if (q < 0) q = 0; print q }'; }
export COOKIE=$cookie VMIN=$vmin VMAX=$vmax IDS_FILE=$ids_file DELAY_MS=$nominal
probe=$(mktemp)
timeout $((WARMUP_S + 60)) wrk -t2 -c"$CONNECTIONS" -d"${WARMUP_S}s" --timeout 10s -s "$here/mixed.lua" "$BASE_URL" > "$probe" 2>&1 || true
DELAY_MS=$(pace "$(field "$probe" mean)"); rm -f "$probe"
say "soak: $RATE req/s wanted, $CONNECTIONS connections, pause $DELAY_MS ms, $SOAK_MINUTES min, JVM pid ${jvm:-?}"

started=$(date -u '+%Y-%m-%d %H:%M UTC')
load_before=$(load)
rows=""
total=$(( SOAK_MINUTES * 60 ))
elapsed=0; n=0; sum_req=0; sum_err=0; worst99=0
cpu_start=$( [ -n "$jvm" ] && cpu_ms "$jvm" || echo 0 )
while [ "$elapsed" -lt "$total" ]; do
  step=$(( total - elapsed < INTERVAL ? total - elapsed : INTERVAL ))
  out=$(mktemp)
  timeout $((step + 60)) wrk -t2 -c"$CONNECTIONS" -d"${step}s" --timeout 10s --latency -s "$here/mixed.lua" "$BASE_URL" > "$out" 2>&1 || true
  n=$((n + 1)); elapsed=$((elapsed + step))
  req=$(field "$out" requests); err=$(( $(field "$out" errors) + $(field "$out" non2xx) ))
  rss=$( [ -n "$jvm" ] && rss_mb "$jvm" || echo n/a )
  heap=n/a
  if [ -n "$jvm" ] && command -v jcmd >/dev/null; then
    heap=$(timeout 20 jcmd "$jvm" GC.heap_info 2>/dev/null | sed -nE 's/.*total [0-9]+K, used ([0-9]+)K.*/\1/p' | awk '{ s += $1 } END { if (NR) printf "%d", s / 1024; else print "n/a" }')
  fi
  rows+="| $(date -u +%H:%M:%S) | $elapsed | $DELAY_MS | $(field "$out" rps) | $(field "$out" p50) | $(field "$out" p95) | $(field "$out" p99) | $(field "$out" max) | $err | $rss | $heap | $(cut -d' ' -f1 /proc/loadavg) |"$'\n'
  sum_req=$((sum_req + req)); sum_err=$((sum_err + err))
  worst99=$(awk -v a="$worst99" -v b="$(field "$out" p99)" 'BEGIN { print (b > a) ? b : a }')
  say "soak ${elapsed}s: $(field "$out" rps) req/s, p99 $(field "$out" p99) ms, errors $err, RSS ${rss} MB, heap used ${heap} MB"
  DELAY_MS=$(pace "$(field "$out" mean)")
  rm -f "$out"
done
cpu_end=$( [ -n "$jvm" ] && cpu_ms "$jvm" || echo 0 )
load_after=$(load)
section=$(
  echo "## $started — P7 soak, mixed load at ~$RATE req/s for $SOAK_MINUTES min (bench/soak/run.sh)${LABEL:+ — $LABEL}"
  echo
  echo "- Machine: $(machine); load average $load_before before, $load_after after (shared with other builds)."
  echo "- Software: $(software); commit $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)."
  echo "- Data ($PGDATABASE): $(psql -XAtq -c "select count(*) from candidate") candidates, $(psql -XAtq -c "select count(*) from vacancy") vacancies."
  echo "- Load: \`wrk -t2 -c$CONNECTIONS --timeout 10s -s bench/soak/mixed.lua\` in ${INTERVAL}-s slices after ${WARMUP_S} s unrecorded, each connection pausing $nominal ms less the last slice's mean latency between requests (80 % board searches over 12 queries, 15 % vacancy pages over 2,000 published ids between $vmin and $vmax, 5 % job-centre pages as ${USER:-centre-ls})."
  echo "- Totals: $sum_req requests ($(awk -v r="$sum_req" -v t="$total" 'BEGIN { printf "%.1f", r / t }') req/s), $sum_err errors or non-2xx, worst slice p99 $worst99 ms; JVM CPU $(awk -v a="$cpu_start" -v b="$cpu_end" -v n="$sum_req" 'BEGIN { if (n > 0 && b > a) printf "%.1f ms/request", (b - a) / n; else print "n/a" }'). Goal: no errors, p99 ≤ 300 ms, memory flat."
  echo
  echo "| time (UTC) | s | pause ms | req/s | p50 | p95 | p99 | max | errors | JVM RSS MB | heap used MB | load (1 min) |"
  echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
  printf '%s' "$rows"
)
echo "$section" | tail -n +9
append_results "$RESULTS" "$section"
