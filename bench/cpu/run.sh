#!/usr/bin/env bash
# The JVM's CPU time per page request (utime + stime of the portal's process over a run, divided by the requests
# served), the figure that bounds a page's throughput on a small machine whatever the SQL does. For A/B
# comparisons of a change: run it on the same database before and after, on a quiet machine.
#
# Each case: WARMUP s of wrk (unrecorded), then wrk -c$CONNS for DURATION s; the case's requests are the listed
# URLs in turn (wrk script). Cases: board (five board searches, anonymous), vacancy (a vacancy page, anonymous),
# candidates (the job-centre list as centre-ls), home (/ anonymous).
#
# Settings: BASE_URL (http://localhost:8080), PGDATABASE (portal_big; for a vacancy id), CASES (board vacancy
# candidates home), CONNS (4), DURATION (30), WARMUP (20), PASSWORD (portal-demo), LABEL, RESULTS (- prints only).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bench=$(dirname "$here")
repo=$(dirname "$bench")
. "$bench/lib/common.sh"
CASES=${CASES:-board vacancy candidates home}
CONNS=${CONNS:-4}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-20}
PASSWORD=${PASSWORD:-portal-demo}
RESULTS=${RESULTS:-$bench/RESULTS.md}
local_only "$BASE_URL"
need_tools
port=$(echo "$BASE_URL" | sed -nE 's#.*:([0-9]+).*#\1#p'); port=${port:-80}
jvm=$(pid_on_port "$port" || true)
[ -n "$jvm" ] || die "no process of this machine listens on port $port: the CPU time needs the portal's JVM"
vacancy=$(psql -XAtq -c "select min(id) from vacancy where status = 'PUBLISHED' and closing_date >= current_date")
work=$(mktemp -d /tmp/bench-cpu.XXXXXX); trap 'rm -rf "$work"' EXIT

declare -A PATHS=(
  [board]="/vacancies /vacancies?q=cong+nhan /vacancies?q=tho+han /vacancies?q=may+cong+nghiep&housing=true /vacancies?skillLevel=UNSKILLED"
  [vacancy]="/vacancies/$vacancy"
  [candidates]="/candidates /candidates?page=3"
  [home]="/")
started=$(date -u '+%Y-%m-%d %H:%M UTC'); load_before=$(load)
rows=()
for c in $CASES; do
  [ -n "${PATHS[$c]:-}" ] || die "unknown case $c"
  header=""
  [ "$c" = candidates ] && header="Cookie: $(login "$BASE_URL" centre-ls "$PASSWORD")"
  { echo "local paths = {"; for p in ${PATHS[$c]}; do printf '  "%s",\n' "$p"; done; echo "}"
    echo 'local i = 0'
    echo 'function request() i = i + 1; return wrk.format("GET", paths[(i % #paths) + 1]) end'
    echo 'local bad = 0'
    echo 'function response(status) if status ~= 200 then bad = bad + 1 end end'
    echo 'function done(s, l, r) io.write(string.format("non200=%d\n", bad)) end'; } > "$work/$c.lua"
  args=(-t2 -c"$CONNS" --timeout 10s -s "$work/$c.lua")
  [ -n "$header" ] && args+=(-H "$header")
  say "[$c] warm-up ${WARMUP}s"
  wrk "${args[@]}" -d"${WARMUP}s" "$BASE_URL" > /dev/null
  cpu0=$(cpu_ms "$jvm")
  wrk "${args[@]}" -d"${DURATION}s" --latency "$BASE_URL" > "$work/$c.out"
  cpu1=$(cpu_ms "$jvm")
  n=$(sed -nE 's/^ *([0-9]+) requests in.*/\1/p' "$work/$c.out")
  rps=$(sed -nE 's/^Requests\/sec: *([0-9.]+).*/\1/p' "$work/$c.out")
  p50=$(awk '$1 == "50%" { print $2 }' "$work/$c.out")
  non200=$(sed -nE 's/^non200=([0-9]+)/\1/p' "$work/$c.out")
  [ "${non200:-0}" = 0 ] || die "[$c] $non200 answers were not 200"
  cpu=$(awk -v a="$cpu0" -v b="$cpu1" -v n="$n" 'BEGIN { printf "%.2f", (b - a) / n }')
  say "[$c] $n requests, $rps req/s, JVM CPU $cpu ms/request"
  rows+=("| $c | \`${PATHS[$c]}\` | $CONNS | $n | $rps | $p50 | $cpu |")
done
section=$(cat <<EOT
## JVM CPU per request — $started${LABEL:+ — $LABEL}

- Machine: $(machine); load average $load_before before, $(load) after.
- Commit $(git -C "$repo" rev-parse --short HEAD)$(git -C "$repo" diff --quiet HEAD -- src 2>/dev/null || echo ' with uncommitted changes in src'); data $PGDATABASE ($(psql -XAtq -c "select count(*) from vacancy") vacancies, $(psql -XAtq -c "select count(*) from candidate") candidates).
- Command: \`BASE_URL=$BASE_URL PGDATABASE=$PGDATABASE bench/cpu/run.sh\` (wrk -c$CONNS, ${WARMUP} s warm-up, ${DURATION} s measured; CPU = the JVM's utime + stime over the run / requests).

| case | requests (in turn) | conns | requests | req/s | p50 | JVM CPU ms/request |
|---|---|--:|--:|--:|--:|--:|
$(printf '%s\n' "${rows[@]}")
EOT
)
append_results "$RESULTS" "$section"
