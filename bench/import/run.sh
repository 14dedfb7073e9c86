#!/usr/bin/env bash
# P4 (issue 9): a centre's 100k-row .xlsx through the running portal, over HTTP as centre-ls — upload, apply the
# mapping (preview with duplicate flags), commit — each stage timed, against the floor: psql \copy of the same rows
# as CSV into a table of the same columns, in the same run. Goal: ≥ 20k rows/s end to end, ≤ 5× the \copy, heap
# growth ≤ 256 MB (heap used after a full GC, before and after; and the highest heap used sampled during the run).
#
#   DB=portal_imp_bench PORT=8093 bench/app.sh start       # a fresh database: Flyway + the demo accounts
#   BASE_URL=http://localhost:8093 PGDATABASE=portal_imp_bench bench/import/run.sh
#
# Settings: BASE_URL (http://localhost:8080), PGHOST/PGPORT/PGUSER/PGDATABASE (127.0.0.1/5432/postgres/portal_big),
# ROWS (100000), USER_NAME (centre-ls), PASSWORD (portal-demo), WORK (directory for the generated files,
# /tmp/bench-import), LABEL, RESULTS (- prints only). Each run adds ROWS candidates to the centre (the same CCCDs
# again on a second run: every row is then flagged as a possible duplicate, as a real re-upload would be).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bench=$(dirname "$here")
. "$bench/lib/common.sh"

ROWS=${ROWS:-100000}
USER_NAME=${USER_NAME:-centre-ls}
PASSWORD=${PASSWORD:-portal-demo}
WORK=${WORK:-/tmp/bench-import}
RESULTS=${RESULTS:-$bench/RESULTS.md}
local_only "$BASE_URL"
command -v psql >/dev/null || apt_install postgresql-client || die "psql is missing"
command -v curl >/dev/null || apt_install curl || die "curl is missing"
command -v python3 >/dev/null || die "python3 is missing (the generator needs only its standard library)"
mkdir -p "$WORK"
now_ms() { date +%s%3N; }

# 1. The file: reference data from the portal's own database (communes valid today, skill levels, occupations).
say "generating $ROWS rows"
psql -XAtq -F $'\t' -c "
  select 'commune', p.name, c.name from admin_unit c join admin_unit p on p.id = c.parent_id
  where p.name in ('Lạng Sơn', 'Cao Bằng', 'Sơn La', 'Phú Thọ') and c.valid_to is null and p.valid_to is null
  union all select 'skill', name_vi, null from skill_level
  union all select 'occupation', code, name_vi from occupation where level = 2" \
  | sed 's/\t$//' > "$WORK/reference.tsv"
python3 "$here/generate.py" "$ROWS" "$WORK/candidates.xlsx" "$WORK/candidates.csv" < "$WORK/reference.tsv"
xlsx_mb=$(awk -v b="$(stat -c %s "$WORK/candidates.xlsx")" 'BEGIN { printf "%.1f", b / 1048576 }')
csv_mb=$(awk -v b="$(stat -c %s "$WORK/candidates.csv")" 'BEGIN { printf "%.1f", b / 1048576 }')

# 2. The floor: \copy of the same rows into a table of the same columns.
psql -Xq -c "drop table if exists bench_import_copy" -c "create table bench_import_copy (stt int, full_name text,
  birth_date date, gender text, national_id text, phone text, province text, commune text, address text,
  skill_level text, occupation text, desired_wage bigint)"
t0=$(now_ms)
PGOPTIONS='-c datestyle=ISO,DMY' psql -Xq -c "\\copy bench_import_copy from '$WORK/candidates.csv' with (format csv, header true)"
copy_ms=$(( $(now_ms) - t0 ))
copied=$(psql -XAtq -c "select count(*) from bench_import_copy")
psql -Xq -c "drop table bench_import_copy"
say "\\copy: $copied rows in $copy_ms ms"

# 3. The portal.
port=$(echo "$BASE_URL" | sed -nE 's#.*:([0-9]+).*#\1#p'); port=${port:-80}
jvm=$(pid_on_port "$port" || true)
heap_used() { # MB used after a full GC (jcmd, when the JVM runs here)
  [ -n "$jvm" ] && command -v jcmd >/dev/null || { echo n/a; return; }
  jcmd "$jvm" GC.run >/dev/null 2>&1 || true
  jcmd "$jvm" GC.heap_info 2>/dev/null | sed -nE 's/.*total [0-9]+K, used ([0-9]+)K.*/\1/p' | head -1 | awk '{ print int($1 / 1024) }'
}
heap_now() { jcmd "$jvm" GC.heap_info 2>/dev/null | sed -nE 's/.*total [0-9]+K, used ([0-9]+)K.*/\1/p' | head -1 | awk '{ print int($1 / 1024) }'; }
cookie=$(login "$BASE_URL" "$USER_NAME" "$PASSWORD")
csrf_of() { curl -sf -m 60 -H "Cookie: $cookie" "$BASE_URL$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
centre=$(psql -XAtq -c "select organisation_id from app_user where username = '$USER_NAME'" 2>/dev/null || true)
before_candidates=$(psql -XAtq -c "select count(*) from candidate")
heap_before=$(heap_used)
peak_file=$WORK/heap-peak
echo 0 > "$peak_file"
if [ -n "$jvm" ] && command -v jcmd >/dev/null; then
  ( while sleep 1; do h=$(heap_now); [ -n "$h" ] && [ "$h" -gt "$(cat "$peak_file")" ] && echo "$h" > "$peak_file"; done ) &
  sampler=$!
fi
stop_sampler() { [ -n "${sampler:-}" ] && kill "$sampler" 2>/dev/null || true; }
trap stop_sampler EXIT

token=$(csrf_of /candidates/import)
say "upload"
t0=$(now_ms)
location=$(curl -s -m 3600 -o /dev/null -w '%{redirect_url}' -H "Cookie: $cookie" -F "_csrf=$token" \
  -F "file=@$WORK/candidates.xlsx;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" \
  -F consentProcessing=true -F consentSharing=true "$BASE_URL/candidates/import")
upload_ms=$(( $(now_ms) - t0 ))
id=$(echo "$location" | sed -nE 's#.*/candidates/import/([0-9]+)/mapping.*#\1#p')
[ -n "$id" ] || die "the upload did not lead to a mapping page (went to '$location')"

say "mapping (batch $id)"
token=$(csrf_of "/candidates/import/$id/mapping")
t0=$(now_ms)
curl -s -m 3600 -o /dev/null -H "Cookie: $cookie" --data-urlencode "_csrf=$token" -d FULL_NAME=1 -d BIRTH_DATE=2 -d GENDER=3 \
  -d NATIONAL_ID=4 -d PHONE=5 -d PROVINCE=6 -d COMMUNE=7 -d ADDRESS=8 -d SKILL_LEVEL=9 -d OCCUPATIONS=10 -d DESIRED_WAGE=11 \
  "$BASE_URL/candidates/import/$id/mapping"
map_ms=$(( $(now_ms) - t0 ))
read -r status valid errors dups <<<"$(psql -XAtq -F ' ' -c "select status, valid_rows, error_rows, duplicate_rows from import_batch where id = $id")"
[ "$status" = PREVIEWED ] || die "batch $id is $status after the mapping"
[ "$errors" = 0 ] || say "warning: $errors rows with errors (first: $(psql -XAtq -c "select row_number || ' ' || errors from import_row where batch_id = $id and has_errors order by row_number limit 1"))"

say "commit ($valid valid rows)"
token=$(csrf_of "/candidates/import/$id")
t0=$(now_ms)
curl -s -m 3600 -o /dev/null -H "Cookie: $cookie" --data-urlencode "_csrf=$token" -d validOnly=true "$BASE_URL/candidates/import/$id/commit"
commit_ms=$(( $(now_ms) - t0 ))
stop_sampler
read -r status imported <<<"$(psql -XAtq -F ' ' -c "select status, imported_rows from import_batch where id = $id")"
[ "$status" = COMMITTED ] || die "batch $id is $status after the commit"
after_candidates=$(psql -XAtq -c "select count(*) from candidate")
heap_after=$(heap_used)
heap_peak=$(cat "$peak_file")

# 4. A second floor: the registry's own write cost — the batch's candidates inserted again, by one INSERT … SELECT,
# into a copy of the candidate table with all its indexes (not its foreign keys), in the same run.
cols=$(psql -XAtq -c "select string_agg(quote_ident(attname), ', ' order by attnum) from pg_attribute
  where attrelid = 'candidate'::regclass and attnum > 0 and not attisdropped and attgenerated = ''")
psql -Xq -c "drop table if exists bench_import_registry" -c "create table bench_import_registry (like candidate including all)"
t0=$(now_ms)
psql -Xq -c "insert into bench_import_registry ($cols) select $cols from candidate where import_batch_id = $id"
registry_ms=$(( $(now_ms) - t0 ))
psql -Xq -c "drop table bench_import_registry"
total_ms=$(( upload_ms + map_ms + commit_ms ))
rate() { awk -v n="$1" -v ms="$2" 'BEGIN { if (ms > 0) printf "%.0f", n * 1000 / ms; else print "n/a" }'; }
say "upload $upload_ms ms, mapping $map_ms ms, commit $commit_ms ms; \\copy $copy_ms ms; heap $heap_before → $heap_after MB (peak $heap_peak)"

section() {
  echo
  echo "## P4 candidate import — $(date -u '+%Y-%m-%d %H:%M UTC')${LABEL:+ — $LABEL}"
  echo
  echo "- machine: $(machine); load $(load)"
  echo "- $(psql -XAtq -c 'select version()' | cut -d, -f1); JVM pid ${jvm:-n/a}; database $PGDATABASE ($before_candidates candidates before)"
  echo "- command: \`BASE_URL=$BASE_URL PGDATABASE=$PGDATABASE ROWS=$ROWS bench/import/run.sh\`"
  echo "- file: $ROWS rows, .xlsx $xlsx_mb MB (CSV $csv_mb MB); batch $id: $valid valid, $errors with errors, $dups flagged as possible duplicates, $imported imported ($(( after_candidates - before_candidates )) new candidates)"
  echo
  echo '| stage | ms | rows/s |'
  echo '|---|--:|--:|'
  echo "| upload (read + stage) | $upload_ms | $(rate "$ROWS" "$upload_ms") |"
  echo "| apply mapping (parse + duplicates) | $map_ms | $(rate "$ROWS" "$map_ms") |"
  echo "| commit (register) | $commit_ms | $(rate "$imported" "$commit_ms") |"
  echo "| **whole pipeline** | $total_ms | $(rate "$ROWS" "$total_ms") |"
  echo "| floor: psql \\\\copy of the CSV | $copy_ms | $(rate "$copied" "$copy_ms") |"
  echo "| floor: INSERT … SELECT of the imported candidates into a copy of the candidate table with its indexes | $registry_ms | $(rate "$imported" "$registry_ms") |"
  echo
  echo "- pipeline ÷ \\copy: $(awk -v a="$total_ms" -v b="$copy_ms" 'BEGIN { printf "%.1f×", a / b }') (goal ≤ 5×); pipeline ÷ the registry floor: $(awk -v a="$total_ms" -v b="$registry_ms" 'BEGIN { printf "%.1f×", a / b }'); rows/s goal ≥ 20,000"
  echo "- heap used after a full GC: $heap_before MB before, $heap_after MB after; highest sampled during the run $heap_peak MB (goal: growth ≤ 256 MB)"
}
if [ "$RESULTS" = - ]; then section; else section | tee -a "$RESULTS"; fi
