#!/usr/bin/env bash
# Workers' reach (issue 9): first render of the home, the board and a vacancy page on a phone under slow mobile
# networks (DevTools network throttling in headless Chromium), measured by FirstRenderBench, a Spring Boot test
# kept out of ./mvnw verify by its name; it starts the portal (profile demo) on the test database like the
# browser journeys. Appends a dated section to RESULTS.md. The byte and accessibility checks are tests (ReachIT).
#
# Settings: RUNS (5 loads per page and network), TEST_DATABASE_URL/USERNAME/PASSWORD (as for ./mvnw verify;
# default: a fresh local database), RESULTS (- prints only).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bench=$(dirname "$here")
repo=$(dirname "$bench")
. "$bench/lib/common.sh"
RESULTS=${RESULTS:-$bench/RESULTS.md}
RUNS=${RUNS:-5}
cd "$repo"
bash src/test/browser/ensure-chromium.sh target/browser-tmp
started=$(date -u '+%Y-%m-%d %H:%M UTC')
load_before=$(load)
rm -f target/reach/first-render.md
./mvnw -B -ntp -q verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=FirstRenderBench \
  -Dreach.runs="$RUNS" >&2 || die "FirstRenderBench failed (target/failsafe-reports)"
[ -s target/reach/first-render.md ] || die "no figures in target/reach/first-render.md"
section=$(cat <<EOT
## Workers' reach — first render on a phone under slow networks — $started

- Machine: $(machine); load average $load_before before, $(load) after; $(/usr/bin/chromium --version 2>/dev/null | head -1).
- Command: \`RUNS=$RUNS bench/reach/run.sh\` (FirstRenderBench: portal with demo data, headless Chromium at 360 px with
  DevTools device metrics, browser cache disabled so every load is a first visit, DevTools network throttling;
  first contentful paint from the Paint Timing API, median of $RUNS loads).

$(cat target/reach/first-render.md)
EOT
)
append_results "$RESULTS" "$section"
