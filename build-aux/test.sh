#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start: install what is missing, build with warnings as errors, and run
# every test suite (unit, store, export, ui, data) under a private X server
# and session bus.
set -euo pipefail
cd "$(dirname "$0")/.."
. build-aux/deps.sh
builddir=${BUILDDIR:-build-test}
if [ -f "$builddir/build.ninja" ]; then
  meson configure "$builddir" -Dwerror=true >/dev/null
else
  meson setup "$builddir" -Dwerror=true
fi
ninja -C "$builddir"
status=0
xvfb-run -a -s "-screen 0 1280x800x24" \
  dbus-run-session -- meson test -C "$builddir" --print-errorlogs "$@" || status=$?
# One closing line any CI reads: "tests: N passed, N failed".
/usr/bin/python3 - "$builddir/meson-logs/testlog.json" <<'PY'
import json, sys
passed = failed = skipped = 0
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line).get("result")
    if r in ("OK", "EXPECTEDFAIL"): passed += 1
    elif r == "SKIP": skipped += 1
    else: failed += 1
print(f"tests: {passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
PY
exit $status
