#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Opsdesk needs to build, run and test on Debian 12, if missing.
# Sourced by run.sh and test.sh; safe to run again (installs only what is missing).
set -euo pipefail

OPSDESK_PACKAGES=(
  # build
  meson ninja-build pkg-config gcc gettext
  libglib2.0-dev libgtk-4-dev libadwaita-1-dev libsqlite3-dev libxlsxwriter-dev
  # desktop data validators
  desktop-file-utils appstream flatpak-builder
  # tests: headless display, session bus, independent xlsx reader, fonts, locales
  xvfb xauth dbus python3 python3-openpyxl fonts-noto-cjk locales
  # tests: independent reader of the calendar (.ics) exports, with RRULE expansion
  python3-icalendar python3-dateutil
  # SVG icons (the app icon) load through librsvg's pixbuf loader
  librsvg2-common
)

as_root() {
  if [ "$(id -u)" = 0 ]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    echo "deps.sh: this needs root to run: $*" >&2
    echo "deps.sh: run it as root, or install sudo, or install these yourself: ${missing[*]:-(none)}" >&2
    exit 1
  fi
}

missing=()
for p in "${OPSDESK_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The tests export under zh_CN and de_DE: make sure those locales exist.
need_locales=()
for l in en_US zh_CN de_DE; do
  locale -a 2>/dev/null | grep -qi "^${l}\.utf-\?8$" || need_locales+=("$l")
done
if [ ${#need_locales[@]} -gt 0 ]; then
  for l in "${need_locales[@]}"; do
    as_root sed -i -E "s/^# *(${l}\.UTF-8 UTF-8)/\1/" /etc/locale.gen
  done
  as_root locale-gen >/dev/null
fi
