#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start: install what is missing, build, and start Opsdesk. The first
# start creates the database with demo data (--demo only fills a NEW database).
#   ./build-aux/run.sh [opsdesk options, e.g. --database /tmp/try.db]
set -euo pipefail
cd "$(dirname "$0")/.."
. build-aux/deps.sh
[ -f build/build.ninja ] || meson setup build
ninja -C build
export GSETTINGS_SCHEMA_DIR="$PWD/build/data"
export OPSDESK_LOCALEDIR="$PWD/build/po"
exec build/src/opsdesk --demo "$@"
