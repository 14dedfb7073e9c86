#!/usr/bin/env bash
# The accessibility checks (ReachIT) run axe-core inside the page. It comes from the npm registry's package,
# pinned by version and checked against the registry's sha512 integrity, never from a CDN; unpacked once into
# the given folder (target/axe).
set -euo pipefail
version=4.14.1
integrity=FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==
dir="${1:-target/axe}"
mkdir -p "$dir"
if [ -s "$dir/axe.min.js" ] && [ "$(cat "$dir/version" 2>/dev/null)" = "$version" ]; then
  exit 0
fi
tgz="$dir/axe-core-$version.tgz"
url="https://registry.npmjs.org/axe-core/-/axe-core-$version.tgz"
curl -sSf -m 120 --retry 3 -o "$tgz" "$url" || { echo "Could not download axe-core $version from $url" >&2; exit 1; }
actual=$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)
if [ "$actual" != "$integrity" ]; then
  echo "axe-core $version from $url does not match its npm integrity (sha512-$integrity)" >&2
  rm -f "$tgz"; exit 1
fi
tar -xzf "$tgz" -C "$dir" package/axe.min.js package/LICENSE
mv "$dir/package/axe.min.js" "$dir/axe.min.js"; mv "$dir/package/LICENSE" "$dir/LICENSE"; rmdir "$dir/package"
rm -f "$tgz"; echo "$version" > "$dir/version"
