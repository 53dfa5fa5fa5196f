#!/usr/bin/env bash
# Builds the widget and serves the demo page with the bundled Istio registry on
# http://127.0.0.1:${PORT:-8080}/ (installing what the build needs first). The examples are under
# /examples/.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
. ./emsdk.env
cmake --preset web >/dev/null
cmake --build --preset web -j "${JOBS:-2}" --target wgf_site
exec node scripts/static-server.mjs build/web/site "${PORT:-8080}"
