#!/usr/bin/env bash
# P5 (issue 9): a job centre's registry exported to .xlsx (GET /candidates/export.xlsx) against the same SELECT
# copied out by PostgreSQL itself, in the same run. Goal: 100,000 rows in ≤ 3 s, the first byte within 1 s, streamed
# (the heap does not grow with the rows).
#
# Signed in as a job centre's demo user (password only: start the portal with bench/app.sh), with the list's status
# filter: the centre and status whose rows come nearest to ROWS (100,000) unless CENTRE_USER / STATUS say; the script
# counts the rows in each downloaded file (the sheet's <row> elements minus the header) and checks them against SQL.
# Per run: time to first byte and in total (curl), size, rows, rows/s, the JVM's CPU time and its heap in use
# (jstat, sampled every 100 ms: the peak during the download against the level before it).
# The floor: psql's `\copy (the export's SELECT) to /dev/null`, RUNS times, in the same run.
# Streamed: start the portal with a heap too small to hold the rows (HEAP=128m bench/app.sh start; it idles at
# ~65 MB live) and run this with ROWS=180000; a list held in memory would end in OutOfMemoryError.
#
# Settings: BASE_URL (http://localhost:8080), PGHOST/PGPORT/PGUSER/PGDATABASE (127.0.0.1/5432/postgres/portal_big),
# RUNS (5; one unrecorded warm-up first), ROWS (100000), CENTRE_USER (e.g. centre-cb), STATUS (e.g. SEEKING), PASSWORD (portal-demo),
# LABEL, RESULTS (- prints only).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bench=$(dirname "$here")
repo=$(dirname "$bench")
. "$bench/lib/common.sh"

RUNS=${RUNS:-5}
ROWS=${ROWS:-100000}
PASSWORD=${PASSWORD:-portal-demo}
RESULTS=${RESULTS:-$bench/RESULTS.md}
local_only "$BASE_URL"
command -v curl >/dev/null || apt_install curl || die "curl is missing"
command -v unzip >/dev/null || apt_install unzip || die "unzip is missing"
command -v psql >/dev/null || die "psql is missing"

# The job centre (and its demo user centre-xx) and status whose rows come nearest to ROWS, unless given.
read -r user centre status expected <<< "$(psql -XAtq -F' ' -c "
  select u.username, c.centre_id, c.status, count(*) from candidate c
  join app_user u on u.organisation_id = c.centre_id and u.username like 'centre-%'
  where ('${CENTRE_USER:-}' = '' or u.username = '${CENTRE_USER:-}') and ('${STATUS:-}' = '' or c.status = '${STATUS:-}')
  group by 1, 2, 3 order by abs(count(*) - $ROWS) limit 1")"
[ -n "${expected:-}" ] || die "no candidates for a job centre's demo user in $PGDATABASE"
EXPORT_QUERY="status=$status"
total_candidates=$(psql -XAtq -c "select count(*) from candidate")

# The export's SELECT (CandidateExport.write with CandidateQueries.LIST_FROM), for this filter.
floor_sql="select c.full_name, c.birth_date, c.gender, c.national_id, c.phone, p.name as province, s.name_vi,
       s.name_en, c.status, c.consent_sharing_at is not null as sharing, c.erased_at is not null as erased
from candidate c join admin_unit p on p.id = c.home_province_id join skill_level s on s.code = c.skill_level_code
where c.centre_id = $centre and c.status = '$status' order by c.created_at desc, c.id desc"

port=$(echo "$BASE_URL" | sed -nE 's#.*:([0-9]+).*#\1#p'); port=${port:-80}
jvm=$(pid_on_port "$port" || true)
heap_mb() { jstat -gc "$1" 2>/dev/null | awk 'NR == 2 { printf "%d", ($3 + $4 + $6 + $8) / 1024 }'; }

cookie=$(login "$BASE_URL" "$user" "$PASSWORD")
url="$BASE_URL/candidates/export.xlsx?$EXPORT_QUERY"
work=$(mktemp -d /tmp/bench-export.XXXXXX)
trap 'rm -rf "$work"' EXIT
started=$(date -u '+%Y-%m-%d %H:%M UTC')
load_before=$(load)

say "warm-up: GET $url"
curl -sf -m 120 -o "$work/warm.xlsx" -H "Cookie: $cookie" "$url" || die "GET $url failed"

rows_in() { unzip -p "$1" xl/worksheets/sheet1.xml | grep -o '<row ' | wc -l | awk '{ print $1 - 1 }'; }
declare -a LINES FIRST TOTAL FLOOR
for i in $(seq 1 "$RUNS"); do
  cpu0=$( [ -n "$jvm" ] && cpu_ms "$jvm" || echo 0 )
  base=$( [ -n "$jvm" ] && heap_mb "$jvm" || echo 0 ); peak=$base
  if [ -n "$jvm" ]; then
    ( while :; do heap_mb "$jvm"; echo; sleep 0.1; done ) > "$work/heap" 2>/dev/null &
    sampler=$!
  fi
  timing=$(curl -sf -m 120 -o "$work/run.xlsx" -H "Cookie: $cookie" -w '%{time_starttransfer} %{time_total} %{size_download} %{http_code}' "$url") \
    || die "GET $url failed in run $i"
  if [ -n "$jvm" ]; then kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
    peak=$(sort -n "$work/heap" | tail -1); peak=${peak:-$base}; fi
  cpu1=$( [ -n "$jvm" ] && cpu_ms "$jvm" || echo 0 )
  read -r first total size code <<< "$timing"
  rows=$(rows_in "$work/run.xlsx")
  [ "$rows" = "$expected" ] || die "run $i: the file holds $rows rows, SQL counts $expected"
  t0=$(date +%s%N)
  psql -XAtq -c "\\copy ($floor_sql) to '/dev/null'"
  floor=$(( ($(date +%s%N) - t0) / 1000000 ))
  FIRST+=("$first"); TOTAL+=("$total"); FLOOR+=("$floor")
  LINES+=("$(awk -v i="$i" -v f="$first" -v t="$total" -v s="$size" -v r="$rows" -v c0="$cpu0" -v c1="$cpu1" -v b="$base" -v p="$peak" -v fl="$floor" \
    'BEGIN { printf "| %d | %.0f | %.0f | %.1f | %d | %.0f | %d | %d | %d | %d | %.1f |", i, f * 1000, t * 1000, s / 1048576, r, r / t, c1 - c0, b, p, fl, t * 1000 / fl }')")
  say "run $i: first byte ${first}s, total ${total}s, $rows rows; \\copy ${floor} ms"
done

load_after=$(load)

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
m_first=$(median "${FIRST[@]}"); m_total=$(median "${TOTAL[@]}"); m_floor=$(median "${FLOOR[@]}")
verdict=$(awk -v f="$m_first" -v t="$m_total" -v r="$expected" -v n="$RUNS" 'BEGIN {
  ok = (t <= 3 * r / 100000 && f <= 1) ? "pass" : "FAIL"
  printf "median of %s runs: %d rows in %.2f s (%.0f rows/s), first byte %.0f ms: %s on ≤ 3 s per 100,000 rows and first byte ≤ 1 s", n, r, t, r / t, f * 1000, ok }')

settings=""
[ "$ROWS" = 100000 ] || settings+=" ROWS=$ROWS"
[ -z "${CENTRE_USER:-}" ] || settings+=" CENTRE_USER=$CENTRE_USER"
[ -z "${STATUS:-}" ] || settings+=" STATUS=$STATUS"
section=$(cat <<EOF
## P5 candidate export — $started${LABEL:+ — $LABEL}

- Machine: $(machine); load average $load_before before, $load_after after.
- Software: $(psql -XAtq -c 'select version()' | cut -d, -f1); commit $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown).
- Data ($PGDATABASE): $total_candidates candidates; the export of $user's centre with \`$EXPORT_QUERY\`: $expected rows.
- Command: \`BASE_URL=$BASE_URL PGDATABASE=$PGDATABASE$settings bench/export/run.sh\` — \`curl\` as $user after one warm-up
  download; each file's rows counted (\`unzip -p … sheet1.xml\`) and checked against SQL; floor: \`psql -c "\\copy (the export's SELECT) to '/dev/null'"\`.
- Verdict: $verdict; \\copy median $m_floor ms.
- Heap columns: what \`jstat\` saw in use (garbage included) before and at most during each download.

| run | first byte ms | total ms | MB | rows | rows/s | JVM CPU ms | heap MB before | heap MB peak | \\copy ms | total / \\copy |
|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|
$(printf '%s\n' "${LINES[@]}")
EOF
)
append_results "$RESULTS" "$section"
