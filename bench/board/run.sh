#!/usr/bin/env bash
# The public job board under load: the page (wrk) against the same SQL run directly (pgbench), for
# three searches, with p95 compared to the goal (100 ms). Prints a table and appends a dated section
# to bench/RESULTS.md. See bench/README.md.
#
# Assumes: the portal answers on BASE_URL (default http://localhost:8080; start it with
# `./mvnw spring-boot:run`), and its database has the benchmark rows (bench/board/generate.sql).
# Installs wrk and pgbench from Debian when missing (needs root or sudo).
#
# Settings (environment): BASE_URL, PGHOST/PGPORT/PGUSER/PGDATABASE (localhost/5432/postgres/portal),
# DURATION (seconds per run, 20), PGBENCH_CLIENTS (4), WRK_THREADS (2), WRK_CONNECTIONS (16),
# WARMUP (seconds of unrecorded page load per case first, 5), WRK_TIMEOUT (10s), GOAL_MS (100), CASES (plain text filters),
# RESULTS (bench/RESULTS.md; RESULTS=- prints the section without appending it), LABEL (a note for the
# section title, e.g. "after index change"), WAIT_LOAD (wait until the 1-minute load average is below
# this, at most WAIT_MAX seconds, 900), RATE (also measure each page at this fixed rate with hey, e.g. 200 for
# issue 9's P1; HEY_WORKERS, 20, share it).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bench=$(dirname "$here")
repo=$(dirname "$bench")

BASE_URL=${BASE_URL:-http://localhost:8080}
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-portal}
DURATION=${DURATION:-20}
PGBENCH_CLIENTS=${PGBENCH_CLIENTS:-4}
WRK_THREADS=${WRK_THREADS:-2}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-16}
WARMUP=${WARMUP:-5}
WRK_TIMEOUT=${WRK_TIMEOUT:-10s}
GOAL_MS=${GOAL_MS:-100}
CASES=${CASES:-plain text filters}
RESULTS=${RESULTS:-$bench/RESULTS.md}
LABEL=${LABEL:-}

declare -A PATH_OF=(
  [plain]='/vacancies'
  [text]='/vacancies?q=cong+nhan+lap+rap'
  [filters]='/vacancies?q=cong+nhan&housing=true&wageMin=8000000&sort=wage'
)

say() { printf '%s\n' "$*" >&2; }
die() { say "run.sh: $*"; exit 1; }

# Only local targets: this is a benchmark of this machine, never of someone else's server.
case "$BASE_URL" in
  http://localhost:*|http://localhost|http://127.0.0.1:*|http://127.0.0.1|http://\[::1\]:*) ;;
  *) die "BASE_URL must be on localhost (got $BASE_URL)" ;;
esac
case "$PGHOST" in
  localhost|127.0.0.1|::1|/*) ;;
  *) die "PGHOST must be local (got $PGHOST)" ;;
esac

# --- tools -----------------------------------------------------------------------------------------
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }
apt_install() {
  say "installing $* (apt-get)"
  as_root env DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -q "$@" >&2 \
    || { as_root timeout 300 apt-get update -q >&2 && as_root env DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -q "$@" >&2; }
}
command -v wrk >/dev/null || apt_install wrk || die "wrk is missing and could not be installed"
command -v psql >/dev/null || apt_install postgresql-client || die "psql is missing and could not be installed"
if ! pgbench --version >/dev/null 2>&1; then
  # Debian 12 ships pgbench with the server package of the same major version, not with the client.
  major=$(psql --version | sed -E 's/.* ([0-9]+)(\.[0-9]+)?.*/\1/')
  apt_install postgresql-client || true
  pgbench --version >/dev/null 2>&1 || apt_install "postgresql-$major" || die "pgbench is missing and could not be installed"
fi
command -v curl >/dev/null || apt_install curl || die "curl is missing"
if [ -n "${RATE:-}" ]; then command -v hey >/dev/null || apt_install hey || die "hey is missing and could not be installed"; fi

# --- preconditions ---------------------------------------------------------------------------------
curl -sf -m 30 -o /dev/null "$BASE_URL/vacancies" || die "the portal does not answer $BASE_URL/vacancies (start it: ./mvnw spring-boot:run)"
on_board=$(timeout 60 psql -XAtq -c "select count(*) from vacancy where status = 'PUBLISHED' and closing_date >= current_date") \
  || die "cannot query the database $PGDATABASE on $PGHOST:$PGPORT"
bench_rows=$(psql -XAtq -c "select coalesce(sum(rows), 0) from bench_run where tbl = 'vacancy'" 2>/dev/null || echo 0)
[ "$on_board" -ge 1000 ] || say "warning: only $on_board published vacancies; generate data first (bench/board/generate.sql)"

work=$(mktemp -d /tmp/bench-board.XXXXXX)
trap 'rm -rf "$work"' EXIT

# --- measurements ----------------------------------------------------------------------------------
# percentile P (0-100) of a file of numbers, nearest rank.
percentile() { sort -n "$1" | awk -v p="$2" '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } i = int(NR * p / 100 + 0.999999); if (i < 1) i = 1; if (i > NR) i = NR; printf "%.2f", v[i] }'; }
field() { sed -nE "s/.*[[:space:]]$2=([^[:space:]]+).*/\1/p" "$1" | tail -1; }

# After a page run the portal may still be working through requests wrk gave up on: wait (at most 90 s)
# until no board query is running, so that one measurement does not bleed into the next.
drain() {
  local quiet=0 i
  for i in $(seq 180); do
    n=$(psql -XAtq -c "select count(*) from pg_stat_activity where state = 'active' and pid <> pg_backend_pid()
                          and query like '%from vacancy v%join employer e%'" 2>/dev/null || echo 0)
    if [ "$n" = 0 ]; then quiet=$((quiet + 1)); [ "$quiet" -ge 2 ] && return 0; else quiet=0; fi
    sleep 0.5
  done
  say "warning: board queries still running after 90 s"
}

# On a shared machine, optionally wait (at most WAIT_MAX seconds) for the 1-minute load average to fall
# below WAIT_LOAD before measuring; the load is recorded either way.
if [ -n "${WAIT_LOAD:-}" ]; then
  waited=0
  while awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v w="$WAIT_LOAD" 'BEGIN { exit !(l >= w) }'; do
    [ "$waited" -ge "${WAIT_MAX:-900}" ] && { say "load still $(cut -d' ' -f1 /proc/loadavg) after ${waited}s; measuring anyway"; break; }
    sleep 10; waited=$((waited + 10))
  done
fi

started=$(date -u '+%Y-%m-%d %H:%M UTC')
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
say "board benchmark: $on_board published vacancies on the board, $BASE_URL, $PGUSER@$PGHOST:$PGPORT/$PGDATABASE"
say "load average before: $load_before (nproc $(nproc))"

declare -A R
for c in $CASES; do
  url="$BASE_URL${PATH_OF[$c]:?unknown case $c}"
  sqlfile="$here/board_$c.sql"
  [ -f "$sqlfile" ] || die "missing $sqlfile"
  curl -sf -m 30 -o /dev/null "$url" || die "GET $url failed"

  # SQL: the page's statements for this request, as one pgbench transaction, every latency logged.
  say "[$c] pgbench -c $PGBENCH_CLIENTS -T $DURATION: $(basename "$sqlfile")"
  mkdir -p "$work/$c"
  ( cd "$work/$c" && timeout $((DURATION + 60)) pgbench -n -M prepared -f "$sqlfile" -c "$PGBENCH_CLIENTS" \
      -j "$PGBENCH_CLIENTS" -T "$DURATION" -r -l --log-prefix=tx ) > "$work/$c/pgbench.out" 2>&1 \
    || { cat "$work/$c/pgbench.out" >&2; die "pgbench failed for $c"; }
  cat "$work/$c"/tx.* | awk '$3 ~ /^[0-9]+$/ { printf "%.3f\n", $3 / 1000 }' > "$work/$c/sql_ms"
  R[$c.sql_n]=$(wc -l < "$work/$c/sql_ms")
  R[$c.sql_p50]=$(percentile "$work/$c/sql_ms" 50)
  R[$c.sql_p95]=$(percentile "$work/$c/sql_ms" 95)
  R[$c.sql_p99]=$(percentile "$work/$c/sql_ms" 99)
  R[$c.sql_tps]=$(printf '%.1f' "$(sed -nE 's/^tps = ([0-9.]+) .*without initial.*/\1/p' "$work/$c/pgbench.out" | head -1)")
  R[$c.sql_stmts]=$(awk '/statement latencies/ { on = 1; next } on && /^ +[0-9.]+ +[0-9]+ +(select|--)/ { printf "%s%s ms", sep, $1; sep = " + " }' "$work/$c/pgbench.out")
  [ -n "${R[$c.sql_stmts]}" ] || R[$c.sql_stmts]=$(awk '/statement latencies/ { on = 1; next } on && /^ +[0-9.]+ / { printf "%s%s ms", sep, $1; sep = " + " }' "$work/$c/pgbench.out")

  # Page: unrecorded warm-up (JIT, caches), then the measured run.
  if [ "$WARMUP" -gt 0 ]; then
    timeout $((WARMUP + 30)) wrk -t "$WRK_THREADS" -c "$WRK_CONNECTIONS" -d "${WARMUP}s" --timeout "$WRK_TIMEOUT" "$url" > /dev/null 2>&1 || true
    drain
  fi
  say "[$c] wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d${DURATION}s $url"
  timeout $((DURATION + 60)) wrk -t "$WRK_THREADS" -c "$WRK_CONNECTIONS" -d "${DURATION}s" --timeout "$WRK_TIMEOUT" --latency \
      -s "$here/percentiles.lua" "$url" > "$work/$c/wrk.out" 2>&1 \
    || { cat "$work/$c/wrk.out" >&2; die "wrk failed for $c"; }
  drain
  for k in requests rps p50 p95 p99 errors timeouts non2xx; do R[$c.page_$k]=$(field "$work/$c/wrk.out" "$k"); done
  # At a fixed rate (issue 9, P1: 200 requests/s): hey with RATE / HEY_WORKERS queries per second per worker.
  if [ -n "${RATE:-}" ]; then
    workers=${HEY_WORKERS:-20}
    say "[$c] hey -z ${DURATION}s -c $workers -q $((RATE / workers)) (≈ $RATE req/s) $url"
    timeout $((DURATION + 60)) hey -z "${DURATION}s" -c "$workers" -q "$((RATE / workers))" -t 10 "$url" > "$work/$c/hey.out" 2>&1 || true
    drain
    R[$c.rate_rps]=$(sed -nE 's/^ *Requests\/sec:[[:space:]]+([0-9.]+).*/\1/p' "$work/$c/hey.out" | head -1)
    for q in 50 95 99; do
      R[$c.rate_p$q]=$(sed -nE "s/^ *$q% in ([0-9.]+) secs.*/\1/p" "$work/$c/hey.out" | awk '{ printf "%.2f", $1 * 1000 }')
    done
    R[$c.rate_non200]=$(awk '/Status code distribution/ { on = 1; next } on && /\[[0-9]+\]/ { gsub(/[\[\]]/, "", $1); if ($1 != "200") n += $2 } END { print n + 0 }' "$work/$c/hey.out")
    R[$c.rate_errors]=$(awk '/Error distribution/ { on = 1; next } on && /\[[0-9]+\]/ { gsub(/[\[\]]/, "", $1); n += $1 } END { print n + 0 }' "$work/$c/hey.out")
  fi
  # No completed request: there is no latency to show, only that it took longer than the timeout.
  for k in p50 p95 p99; do
    [ "${R[$c.page_$k]:-0}" != "0.00" ] && [ -n "${R[$c.page_$k]}" ] || R[$c.page_$k]="> $WRK_TIMEOUT"
  done
  R[$c.ratio]=$(awk -v a="${R[$c.page_p95]}" -v b="${R[$c.sql_p95]}" 'BEGIN { if (a ~ /^[0-9.]+$/ && b > 0) printf "%.1f×", a / b; else print "n/a" }')
  # A request wrk gave up on (timeout) has no latency in the histogram: any timeout is a failure.
  R[$c.verdict]=$(awk -v a="${R[$c.page_p95]:-0}" -v t="${R[$c.page_timeouts]:-0}" -v g="$GOAL_MS" \
    'BEGIN { print (t > 0 || a !~ /^[0-9.]+$/) ? "FAIL" : (a + 0 <= g) ? "pass" : "FAIL" }')
  [ "${R[$c.page_errors]}" = 0 ] && [ "${R[$c.page_non2xx]}" = 0 ] \
    || R[$c.verdict]="${R[$c.verdict]} (${R[$c.page_errors]} errors of which ${R[$c.page_timeouts]} timeouts > ${WRK_TIMEOUT}, ${R[$c.page_non2xx]} non-2xx)"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# --- report ----------------------------------------------------------------------------------------
table() {
  printf '| case | request | page p50 | page p95 | page p99 | page req/s | SQL p50 | SQL p95 | SQL p99 | SQL tx/s | page p95 / SQL p95 | p95 ≤ %s ms |\n' "$GOAL_MS"
  printf '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|\n'
  for c in $CASES; do
    printf '| %s | `%s` | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$c" "${PATH_OF[$c]}" \
      "${R[$c.page_p50]}" "${R[$c.page_p95]}" "${R[$c.page_p99]}" "${R[$c.page_rps]}" \
      "${R[$c.sql_p50]}" "${R[$c.sql_p95]}" "${R[$c.sql_p99]}" "${R[$c.sql_tps]}" "${R[$c.ratio]}" "${R[$c.verdict]}"
  done
}

rate_table() {
  [ -n "${RATE:-}" ] || return 0
  echo
  printf '| case | at %s req/s (hey -c %s): achieved req/s | page p50 | page p95 | page p99 | errors / non-200 | SQL p95 (pgbench above) | page p95 − SQL p95 | page req/s (wrk) / SQL tx/s |\n' "$RATE" "${HEY_WORKERS:-20}"
  printf '|---|--:|--:|--:|--:|--:|--:|--:|--:|\n'
  for c in $CASES; do
    printf '| %s | %s | %s | %s | %s | %s / %s | %s | %s | %s |\n' "$c" "${R[$c.rate_rps]:-}" "${R[$c.rate_p50]:-}" "${R[$c.rate_p95]:-}" \
      "${R[$c.rate_p99]:-}" "${R[$c.rate_errors]:-}" "${R[$c.rate_non200]:-}" "${R[$c.sql_p95]}" \
      "$(awk -v a="${R[$c.rate_p95]:-0}" -v b="${R[$c.sql_p95]}" 'BEGIN { printf "%.1f", a - b }')" \
      "$(awk -v a="${R[$c.page_rps]}" -v b="${R[$c.sql_tps]}" 'BEGIN { if (b > 0) printf "%.0f %%", 100 * a / b; else print "n/a" }')"
  done
}

section=$(
  echo "## $started — board at $on_board published vacancies${LABEL:+ — $LABEL}"
  echo
  echo "- Machine: $(nproc) CPUs ($(sed -nE 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)), memory $(free -g | awk '/^Mem:/ { print $2 " GB total, " $7 " GB available" }'); load average $load_before before, $load_after after."
  echo "- Software: $(psql -XAtq -c 'select version()' | cut -d, -f1), $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), $(pgbench --version); commit $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)."
  echo "- Data: $on_board published vacancies open today ($bench_rows vacancies from bench/generate.sql in total, database $PGDATABASE)."
  echo "- Page: \`wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d${DURATION}s --timeout $WRK_TIMEOUT --latency -s bench/board/percentiles.lua $BASE_URL<request>\` after ${WARMUP} s of unrecorded warm-up."
  echo "- SQL: \`pgbench -n -M prepared -f bench/board/board_<case>.sql -c $PGBENCH_CLIENTS -j $PGBENCH_CLIENTS -T $DURATION -r -l\`; one transaction = the rows query (limit 21) + the capped count (limit 201, no joins), as the page runs them; percentiles from the per-transaction log."
  echo "- Times in milliseconds; goal: page p95 ≤ $GOAL_MS ms."
  echo
  table
  rate_table
  echo
  echo "Per statement (pgbench -r average, rows + count): $(for c in $CASES; do printf '%s: %s; ' "$c" "${R[$c.sql_stmts]}"; done)"
  echo
)

echo
table
rate_table
if [ "$RESULTS" = "-" ]; then
  echo
  echo "$section"
else
  [ -f "$RESULTS" ] || printf '# Benchmark results\n\nAppended by the scripts under bench/ (newest last).\n\n' > "$RESULTS"
  printf '%s\n\n' "$section" >> "$RESULTS"
  say "appended to $RESULTS"
fi
