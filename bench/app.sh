#!/usr/bin/env bash
# Starts / stops the portal for benchmarks: production-like (full JIT, template cache on), profile demo (its
# accounts, password portal-demo), on its own database and port, MFA off for every role so that scripted
# logins need only a password.
#
#   bench/app.sh start            # DB=perf_big PORT=8087 by default; waits until /actuator/health is UP
#   bench/app.sh stop
#   bench/app.sh pid              # the JVM's pid (for CPU ms per request from /proc/<pid>/stat)
#
# Settings: DB (portal_big), PORT (8080), HEAP (1g), JAVA_OPTS (extra JVM flags, e.g. -XX:+FlightRecorder),
# APP_ARGS (extra Spring arguments). The classpath comes from Maven once and is cached in
# target/bench-classpath.txt (delete it after changing dependencies).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
DB=${DB:-portal_big}
PORT=${PORT:-8080}
HEAP=${HEAP:-1g}
pidfile=/tmp/bench-app-$PORT.pid
log=/tmp/bench-app-$PORT.log
cpfile=$repo/target/bench-classpath.txt

classpath() {
  [ -s "$cpfile" ] && return 0
  cd "$repo"
  # Online: the dependency plugin. Offline (all dependencies in ~/.m2 but not that plugin's): the test
  # classpath the compiler prints in debug mode when it recompiles the tests.
  if ./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile="$cpfile.tmp" -Dmdep.includeScope=runtime >/dev/null 2>&1; then
    echo "$repo/target/classes:$(cat "$cpfile.tmp")" > "$cpfile"; rm -f "$cpfile.tmp"; return 0
  fi
  rm -rf target/test-classes
  ./mvnw -o -X -B test-compile 2>/dev/null | sed -nE 's/.* -d [^ ]*test-classes -classpath ([^ ]+) .*/\1/p' | tail -1 \
    | tr ':' '\n' | grep -v '/target/test-classes$' | grep . | paste -sd: > "$cpfile"
  [ -s "$cpfile" ] || { echo "app.sh: could not work out the classpath" >&2; rm -f "$cpfile"; exit 1; }
}

case "${1:-}" in
  start)
    if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then echo "already running (pid $(cat "$pidfile"))"; exit 0; fi
    classpath
    (cd "$repo" && ./mvnw -o -q -B compile >/dev/null)
    cd "$repo"
    SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SERVER_PORT=$PORT SPRING_PROFILES_ACTIVE=${SPRING_PROFILES_ACTIVE:-demo} \
      nohup java -Xms"$HEAP" -Xmx"$HEAP" ${JAVA_OPTS:-} -cp "$(cat "$cpfile")" vn.vieclam.portal.PortalApplication \
      --portal.security.mfa.required-roles= --portal.demo.mfa-secret= ${APP_ARGS:-} > "$log" 2>&1 &
    echo $! > "$pidfile"
    for i in $(seq 1 180); do
      curl -sf -m 5 "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"' && { echo "portal up on :$PORT (db $DB, pid $(cat "$pidfile"), log $log)"; exit 0; }
      kill -0 "$(cat "$pidfile")" 2>/dev/null || { echo "app.sh: the portal stopped; see $log" >&2; tail -20 "$log" >&2; exit 1; }
      sleep 2
    done
    echo "app.sh: not up after 6 minutes; see $log" >&2; exit 1 ;;
  stop)
    [ -f "$pidfile" ] || { echo "not running"; exit 0; }
    pid=$(cat "$pidfile"); kill "$pid" 2>/dev/null || true
    for i in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true; rm -f "$pidfile"; echo "stopped" ;;
  pid) cat "$pidfile" ;;
  *) echo "usage: $0 start|stop|pid" >&2; exit 2 ;;
esac
