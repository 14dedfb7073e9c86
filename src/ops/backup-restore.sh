#!/usr/bin/env bash
# Back up the portal database and prove the backup restores.
#
#   src/ops/backup-restore.sh backup    DB FILE          pg_dump -Fc of DB into FILE
#   src/ops/backup-restore.sh restore   FILE NEWDB       creates NEWDB (it must not exist) and restores FILE into it
#   src/ops/backup-restore.sh compare   DB1 DB2          row counts of every table, side by side; fails on a difference
#   src/ops/backup-restore.sh roundtrip DB NEWDB [FILE]  all three: the nightly check that backups are usable
#
# Connection as for psql: PGHOST, PGPORT, PGUSER, PGPASSWORD (or ~/.pgpass). The tools must be at least the
# server's major version (pg_dump refuses an older server's newer format otherwise).
set -euo pipefail
migrations=$(cd "$(dirname "${BASH_SOURCE[0]}")/../main/resources/db/migration" && pwd)

die() { echo "backup-restore: $*" >&2; exit 1; }

# "schema.table<TAB>rows" for every table, exact counts, in one statement.
counts() {
  psql -X -qAt -v ON_ERROR_STOP=1 -F $'\t' -d "$1" -c "
    select table_schema || '.' || table_name,
           (xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I.%I', table_schema, table_name),
                                                false, true, '')))[1]::text::bigint
    from information_schema.tables
    where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
    order by 1" | LC_ALL=C sort
}

backup() {
  local db=$1 file=$2
  pg_dump -Fc --no-owner --no-acl -d "$db" -f "$file"
  echo "backed up $db to $file ($(du -h "$file" | cut -f1))"
}

restore() {
  local file=$1 db=$2
  [[ -f $file ]] || die "no dump file $file"
  if [[ -n $(psql -X -qAt -d postgres -c "select 1 from pg_database where datname = '$db'") ]]; then
    die "database $db exists; a restore goes into a fresh database (drop it yourself if that is what you mean)"
  fi
  createdb "$db"
  pg_restore --no-owner --no-acl --exit-on-error -d "$db" "$file"
  # The dump carries no grants (they name roles of the source cluster); the migrations that give the application
  # role portal_app its rights are idempotent and run again here, so the portal can work on the copy.
  local grants
  for grants in $(grep -l portal_app "$migrations"/V*.sql | sort -V); do
    psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$grants" > /dev/null
  done
  echo "restored $file into $db"
}

compare() {
  local a=$1 b=$2 left right
  left=$(mktemp) right=$(mktemp)
  trap 'rm -f "$left" "$right"' RETURN
  counts "$a" > "$left"
  counts "$b" > "$right"
  if ! diff <(cat "$left") <(cat "$right") > /dev/null; then
    echo "row counts differ (table, rows in $a | rows in $b):" >&2
    LC_ALL=C join -t $'\t' -a1 -a2 -e '-' -o 0,1.2,2.2 "$left" "$right" | awk -F'\t' '$2 != $3' >&2
    return 1
  fi
  echo "row counts match: $(wc -l < "$left") tables, $(awk -F'\t' '{s += $2} END {print s}' "$left") rows"
}

case ${1:-} in
  backup)    [[ $# -eq 3 ]] || die "usage: backup DB FILE"; backup "$2" "$3" ;;
  restore)   [[ $# -eq 3 ]] || die "usage: restore FILE NEWDB"; restore "$2" "$3" ;;
  compare)   [[ $# -eq 3 ]] || die "usage: compare DB1 DB2"; compare "$2" "$3" ;;
  roundtrip)
    [[ $# -eq 3 || $# -eq 4 ]] || die "usage: roundtrip DB NEWDB [FILE]"
    file=${4:-$(mktemp -d)/$2.dump}
    backup "$2" "$file"
    restore "$file" "$3"
    compare "$2" "$3" ;;
  *) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
