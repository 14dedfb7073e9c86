# Shared helpers for the bench/ scripts (sourced).

# Where the scripts point unless told: the portal on localhost:8080, PostgreSQL on 127.0.0.1 as postgres.
BASE_URL=${BASE_URL:-http://localhost:8080}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-portal_big}
say() { printf '%s\n' "$*" >&2; }
die() { say "$(basename "$0"): $*"; exit 1; }

local_only() {
  case "$1" in
    http://localhost:*|http://localhost|http://127.0.0.1:*|http://127.0.0.1|http://\[::1\]:*) ;;
    *) die "BASE_URL must be on localhost (got $1)" ;;
  esac
}

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }
apt_install() {
  say "installing $* (apt-get)"
  as_root env DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -q "$@" >&2 \
    || { as_root timeout 300 apt-get update -q >&2 && as_root env DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -q "$@" >&2; }
}
# wrk, hey (rate-limited load: Debian's wrk 4.x has no -R; wrk2 is not packaged), pgbench, psql, curl.
need_tools() {
  command -v wrk >/dev/null || apt_install wrk || die "wrk is missing and could not be installed"
  command -v hey >/dev/null || apt_install hey || die "hey is missing and could not be installed"
  command -v psql >/dev/null || apt_install postgresql-client || die "psql is missing"
  if ! pgbench --version >/dev/null 2>&1; then
    major=$(psql --version | sed -E 's/.* ([0-9]+)(\.[0-9]+)?.*/\1/')
    apt_install postgresql-client || true
    pgbench --version >/dev/null 2>&1 || apt_install "postgresql-$major" || die "pgbench is missing"
  fi
  command -v curl >/dev/null || apt_install curl || die "curl is missing"
}

# login BASE_URL USER PASSWORD → prints the session cookie (name=value) of a password-only sign-in.
login() {
  local base=$1 user=$2 pass=$3 jar csrf cookie
  jar=$(mktemp)
  csrf=$(curl -sf -m 30 -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  [ -n "$csrf" ] || { rm -f "$jar"; die "no login form at $base/login"; }
  curl -sf -m 30 -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$user" --data-urlencode "password=$pass" \
    --data-urlencode "_csrf=$csrf" "$base/login" || { rm -f "$jar"; die "login of $user failed"; }
  cookie=$(awk '$6 == "PORTAL_SESSION" { print $6 "=" $7 }' "$jar" | tail -1)
  rm -f "$jar"
  [ -n "$cookie" ] || die "no session cookie after logging in as $user"
  echo "$cookie"
}

# percentile FILE P → nearest-rank percentile of a file of numbers.
percentile() { sort -n "$1" | awk -v p="$2" '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } i = int(NR * p / 100 + 0.999999); if (i < 1) i = 1; if (i > NR) i = NR; printf "%.2f", v[i] }'; }
field() { sed -nE "s/.*[[:space:]]$2=([^[:space:]]+).*/\1/p" "$1" | tail -1; }

# CPU time of a process in milliseconds (utime + stime of /proc/<pid>/stat).
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$1/stat" 2>/dev/null || echo 0; }
# Resident memory of a process in MB.
rss_mb() { awk '/^VmRSS:/ { print int($2 / 1024) }' "/proc/$1/status" 2>/dev/null || echo 0; }
# The JVM serving a port (for CPU and memory figures), if it runs on this machine and is visible.
pid_on_port() { ss -Hltnp "sport = :$1" 2>/dev/null | sed -nE 's/.*pid=([0-9]+).*/\1/p' | head -1; }

machine() {
  echo "$(nproc) CPUs ($(sed -nE 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)), memory $(free -g | awk '/^Mem:/ { print $2 " GB total, " $7 " GB available" }')"
}
software() {
  echo "$(psql -XAtq -c 'select version()' | cut -d, -f1), $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), hey $(dpkg-query -W -f='${Version}' hey 2>/dev/null), $(pgbench --version)"
}
load() { cut -d' ' -f1-3 /proc/loadavg; }

# pgbench_run NAME FILE CLIENTS SECONDS [pgbench args…] → sets P[NAME.p50/p95/p99/tps] from the per-transaction log.
declare -A P
pgbench_run() {
  local name=$1 file=$2 clients=$3 secs=$4; shift 4
  local dir; dir=$(mktemp -d /tmp/bench-pg.XXXXXX)
  ( cd "$dir" && timeout $((secs + 120)) pgbench -n -M simple -f "$file" -c "$clients" -j "$clients" -T "$secs" -r -l --log-prefix=tx "$@" ) \
    > "$dir/out" 2>&1 || { cat "$dir/out" >&2; die "pgbench failed for $name"; }
  cat "$dir"/tx.* | awk '$3 ~ /^[0-9]+$/ { printf "%.3f\n", $3 / 1000 }' > "$dir/ms"
  P[$name.n]=$(wc -l < "$dir/ms")
  P[$name.p50]=$(percentile "$dir/ms" 50); P[$name.p95]=$(percentile "$dir/ms" 95); P[$name.p99]=$(percentile "$dir/ms" 99)
  P[$name.tps]=$(printf '%.1f' "$(sed -nE 's/^tps = ([0-9.]+) .*/\1/p' "$dir/out" | tail -1)")
  rm -rf "$dir"
}

append_results() {
  local results=$1 section=$2
  if [ "$results" = "-" ]; then echo "$section"; return; fi
  printf '%s\n\n' "$section" >> "$results"
  say "appended to $results"
}
