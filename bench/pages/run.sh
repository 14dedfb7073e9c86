#!/usr/bin/env bash
# Logged-in pages under load (wrk with a session cookie) against the same SQL run directly (pgbench), in
# the same run. Cases (issue 9):
#   p2  job-centre candidate list  GET /candidates                 as centre-ls, 64 connections; goal ≥ 2,000 req/s, p99 ≤ 50 ms
#   p3  matching top-20            GET /vacancies/{id}/matches     as centre-ls, 1 connection;   goal p95 ≤ 150 ms, page − SQL ≤ 10 ms
#   p6  officials' dashboard       GET /dashboard                  as official,  4 connections;  goal p95 ≤ 200 ms
# Each case: sign in (password only: start the portal with --portal.security.mfa.required-roles=, as
# bench/app.sh does), WARMUP s of unrecorded load, pgbench on the page's SQL, wrk on the page, and the JVM's
# CPU time per request (/proc/<pid>/stat) when the portal runs on this machine. Appends a section to RESULTS.md.
#
# Settings: BASE_URL (http://localhost:8080), PGHOST/PGPORT/PGUSER/PGDATABASE (127.0.0.1/5432/postgres/portal_big), SESSIONS
# (signed-in sessions the requests rotate through; default: one per connection),
# CASES (p2 p3 p6), DURATION (20 s), WARMUP (10 s), PASSWORD (portal-demo), VACANCY (the vacancy for p3;
# default: the first open published one of occupation 82), CONNS_p2/CONNS_p3/CONNS_p6, PGBENCH_CLIENTS
# (default: the case's connections, at most 8: the server is shared), SQL_p2/SQL_p3/SQL_p6 (other pgbench files, e.g.
# SQL_p3=matches_full.sql for the full ranking), LABEL, RESULTS (- prints only).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bench=$(dirname "$here")
repo=$(dirname "$bench")
. "$bench/lib/common.sh"

CASES=${CASES:-p2 p3 p6}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-10}
PASSWORD=${PASSWORD:-portal-demo}
RESULTS=${RESULTS:-$bench/RESULTS.md}
local_only "$BASE_URL"
need_tools

centre=$(psql -XAtq -c "select id from organisation where code = 'ttdvvl-ls'")
vacancy=${VACANCY:-$(psql -XAtq -c "select min(id) from vacancy where status = 'PUBLISHED' and closing_date >= current_date and occupation_code = '82'")}
centre_candidates=$(psql -XAtq -c "select count(*) from candidate where centre_id = $centre")
total_candidates=$(psql -XAtq -c "select count(*) from candidate")
vacancies=$(psql -XAtq -c "select count(*) from vacancy")

declare -A USER_OF=([p2]=centre-ls [p3]=centre-ls [p6]=official)
declare -A URL_OF=([p2]=/candidates [p3]=/vacancies/$vacancy/matches [p6]=/dashboard)
declare -A SQL_OF=([p2]=${SQL_p2:-candidates.sql} [p3]=${SQL_p3:-matches.sql} [p6]=${SQL_p6:-dashboard.sql})
declare -A CONNS_OF=([p2]=${CONNS_p2:-64} [p3]=${CONNS_p3:-1} [p6]=${CONNS_p6:-4})
declare -A GOAL_OF=([p2]='≥ 2000 req/s and p99 ≤ 50 ms' [p3]='p95 ≤ 150 ms, page p95 − SQL p95 ≤ 10 ms' [p6]='p95 ≤ 200 ms')
declare -A NAME_OF=([p2]='P2 candidate list' [p3]='P3 matching top-20' [p6]='P6 dashboard')

port=$(echo "$BASE_URL" | sed -nE 's#.*:([0-9]+).*#\1#p'); port=${port:-80}
jvm=$(pid_on_port "$port" || true)
started=$(date -u '+%Y-%m-%d %H:%M UTC')
load_before=$(load)
declare -A R
for c in $CASES; do
  url="$BASE_URL${URL_OF[$c]:?unknown case $c}"
  conns=${CONNS_OF[$c]}
  clients=${PGBENCH_CLIENTS:-$(( conns < 8 ? conns : 8 ))}
  # One session per connection (SESSIONS to choose): each connection is one signed-in member of staff.
  sessions=${SESSIONS:-$conns}
  cookies=$(mktemp)
  for i in $(seq 1 "$sessions"); do login "$BASE_URL" "${USER_OF[$c]}" "$PASSWORD" >> "$cookies"; done
  code=$(curl -s -m 60 -o /dev/null -w '%{http_code}' -H "Cookie: $(head -1 "$cookies")" "$url")
  [ "$code" = 200 ] || die "GET $url as ${USER_OF[$c]} answered $code"
  threads=$(( conns < 2 ? 1 : 2 ))
  export WRK_THREADS=$threads
  say "[$c] warm-up ${WARMUP}s ($sessions sessions)"
  timeout $((WARMUP + 60)) wrk -t"$threads" -c"$conns" -d"${WARMUP}s" -s "$here/sessions.lua" "$url" -- "$cookies" >/dev/null 2>&1 || true
  say "[$c] pgbench -c $clients -T $DURATION ${SQL_OF[$c]}"
  pgbench_run "$c" "$here/${SQL_OF[$c]}" "$clients" "$DURATION" -D centre="$centre" -D vacancy="$vacancy"
  R[$c.load]=$(cut -d' ' -f1 /proc/loadavg)
  cpu0=$( [ -n "$jvm" ] && cpu_ms "$jvm" || echo 0 )
  say "[$c] wrk -t$threads -c$conns -d${DURATION}s $url"
  out=$(mktemp)
  timeout $((DURATION + 60)) wrk -t"$threads" -c"$conns" -d"${DURATION}s" --timeout 10s --latency \
    -s "$here/sessions.lua" "$url" -- "$cookies" > "$out" 2>&1 || { cat "$out" >&2; die "wrk failed for $c"; }
  cpu1=$( [ -n "$jvm" ] && cpu_ms "$jvm" || echo 0 )
  for k in requests rps p50 p95 p99 errors non2xx; do R[$c.$k]=$(field "$out" "$k"); done
  rm -f "$out" "$cookies"
  R[$c.sessions]=$sessions
  R[$c.cpu]=$( [ -n "$jvm" ] && awk -v a="$cpu0" -v b="$cpu1" -v n="${R[$c.requests]}" 'BEGIN { if (n > 0) printf "%.1f", (b - a) / n; else print "n/a" }' || echo n/a)
  R[$c.conns]=$conns; R[$c.clients]=$clients
  say "[$c] page p95 ${R[$c.p95]} ms at ${R[$c.rps]} req/s; SQL p95 ${P[$c.p95]} ms at ${P[$c.tps]} tx/s"
done
load_after=$(load)

table() {
  echo '| case | request | conns | page p50 | page p95 | page p99 | page req/s | errors | SQL clients | SQL p50 | SQL p95 | SQL p99 | SQL tx/s | page p95 − SQL p95 | JVM CPU ms/req | load (1 min) | goal |'
  echo '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|'
  for c in $CASES; do
    printf '| %s | `%s` | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "${NAME_OF[$c]}" "${URL_OF[$c]}" \
      "${R[$c.conns]}" "${R[$c.p50]}" "${R[$c.p95]}" "${R[$c.p99]}" "${R[$c.rps]}" "$(( ${R[$c.errors]:-0} + ${R[$c.non2xx]:-0} ))" \
      "${R[$c.clients]}" "${P[$c.p50]}" "${P[$c.p95]}" "${P[$c.p99]}" "${P[$c.tps]}" \
      "$(awk -v a="${R[$c.p95]}" -v b="${P[$c.p95]}" 'BEGIN { printf "%.1f", a - b }')" "${R[$c.cpu]}" "${R[$c.load]}" "${GOAL_OF[$c]}"
  done
}
section=$(
  echo "## $started — logged-in pages (bench/pages/run.sh)${LABEL:+ — $LABEL}"
  echo
  echo "- Machine: $(machine); load average $load_before before, $load_after after (shared with other builds)."
  echo "- Software: $(software); commit $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)."
  echo "- Data ($PGDATABASE): $total_candidates candidates ($centre_candidates of them at ttdvvl-ls, the centre the pages are seen as), $vacancies vacancies; p3 vacancy $vacancy."
  echo "- Page: \`wrk -c<conns> -d${DURATION}s --latency -s bench/pages/sessions.lua <url> -- <cookies>\` (one signed-in session per connection, each request the thread's next), after ${WARMUP} s warm-up; SQL: \`pgbench -n -M simple -f bench/pages/<case>.sql -c <clients> -T $DURATION\` (the page's statements as one transaction)."
  echo "- Times in ms; JVM CPU = the portal's utime+stime over the measured run / requests."
  echo
  table
)
echo; table
append_results "$RESULTS" "$section"
