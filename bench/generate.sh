#!/usr/bin/env bash
# Fills a benchmark database with generated data (bench/generate.sql), creating and migrating it first.
#
#   bench/generate.sh                               # DB=portal_big, SCALE=big: 1M candidates, 1M vacancies
#   SCALE=board DB=portal_board bench/generate.sh   # 100k vacancies (issue 3's board benchmark)
#   SCALE=tiny DB=portal_tiny bench/generate.sh     # a few thousand rows, seconds
#   CANDIDATES=200000 VACANCIES=300000 bench/generate.sh   # any scale; SEED=0.7 for other (but again fixed) data
#
# The database must not be the demo database `portal` unless FORCE=1. If it has no schema yet, the portal is
# started on it once (bench/app.sh, profile demo: Flyway, reference data, job centres, officials) and stopped.
# Running it again adds another batch; bench/cleanup.sql removes what the runs added.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DB=${DB:-portal_big}
SCALE=${SCALE:-big}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
case "$SCALE" in
  big)   d_c=1000000; d_v=1000000; d_e=3000; d_r=100000; d_s=300; d_t=1000 ;;
  board) d_c=0;       d_v=100000;  d_e=300;  d_r=0;      d_s=0;   d_t=0 ;;
  small) d_c=100000;  d_v=100000;  d_e=1000; d_r=10000;  d_s=100; d_t=200 ;;
  tiny)  d_c=3000;    d_v=2000;    d_e=50;   d_r=300;    d_s=5;   d_t=20 ;;
  *) echo "generate.sh: SCALE is big, board, small or tiny" >&2; exit 2 ;;
esac
[ "$DB" != portal ] || [ "${FORCE:-}" = 1 ] || { echo "generate.sh: refusing the demo database 'portal' (FORCE=1 to insist)" >&2; exit 1; }

psql -XAtq -d postgres -c "select 1 from pg_database where datname = '$DB'" | grep -q 1 || createdb "$DB"
if ! psql -XAtq -d "$DB" -c "select to_regclass('public.app_user') is not null and exists (select 1 from organisation where code = 'ttdvvl-bg')" | grep -q t; then
  echo "migrating $DB and loading the demo base (portal start, profile demo)"
  PORT=${MIGRATE_PORT:-18099}
  DB=$DB PORT=$PORT "$here/app.sh" start
  DB=$DB PORT=$PORT "$here/app.sh" stop
fi

start=$(date +%s)
psql -X -d "$DB" -v ON_ERROR_STOP=1 \
  -v candidates="${CANDIDATES:-$d_c}" -v vacancies="${VACANCIES:-$d_v}" -v employers="${EMPLOYERS:-$d_e}" \
  -v referrals="${REFERRALS:-$d_r}" -v sessions="${SESSIONS:-$d_s}" -v tasks="${TASKS:-$d_t}" -v seed="${SEED:-0.42}" \
  -f "$here/generate.sql"
echo "generated in $(( $(date +%s) - start )) s; checksum $(psql -XAtq -d "$DB" -f "$here/checksum.sql")"
