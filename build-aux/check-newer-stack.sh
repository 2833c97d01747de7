#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Opsdesk against a newer GTK stack than Debian 12's: a Debian 13
# ("trixie") chroot made with debootstrap has GTK 4.18 and libadwaita 1.7,
# close to the Flatpak's GNOME runtime. This compiles the
# GTK_CHECK_VERSION (4, 10, 0) branch of src/ui/ops-compat.c, and with
# -Dwerror=true any use of API newer than the pinned GDK_VERSION_MAX_ALLOWED
# (4.8) / ADW_VERSION_MAX_ALLOWED (1.2) outside it fails the build.
#
# A developer's tool, not run by CI. Needs root and Debian's archive.
# Safe to run again: the chroot is made once, packages are installed only if
# missing, and the current working tree (without .git and build folders) is
# copied in afresh each run.
#
# Usage: build-aux/check-newer-stack.sh [NINJA-TARGET...]
#   default targets: src/libopsdesk.a src/opsdesk (the library and the app)
# Environment:
#   TRIXIE_ROOT  where the chroot lives (default: ../trixie-root beside the repo)
#   DEBIAN_MIRROR  (default: http://deb.debian.org/debian)
#   JOBS         ninja -j (default: 1)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
root=${TRIXIE_ROOT:-$(dirname "$repo")/trixie-root}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
jobs=${JOBS:-1}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(src/libopsdesk.a src/opsdesk)

if [ "$(id -u)" != 0 ]; then
  echo "check-newer-stack.sh: run as root (debootstrap and chroot need it)" >&2
  exit 1
fi

# 1. The chroot, made once. debootstrap deletes its own /debootstrap folder
#    when it succeeds: a root that still has one (or no apt) is unfinished.
if [ ! -x "$root/usr/bin/apt-get" ] || [ -d "$root/debootstrap" ]; then
  if [ -e "$root" ] && [ -n "$(ls -A "$root" 2>/dev/null)" ]; then
    echo "check-newer-stack.sh: $root is an unfinished chroot; unmount $root/proc if mounted, remove it, and run again" >&2
    exit 1
  fi
  if ! command -v debootstrap >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
  fi
  echo "Making a Debian trixie chroot in $root (a few minutes)"
  debootstrap --variant=minbase trixie "$root" "$mirror"
fi

mounted_proc=false
cleanup() {
  if $mounted_proc; then umount "$root/proc" || true; fi
}
trap cleanup EXIT
if ! mountpoint -q "$root/proc"; then
  mount -t proc proc "$root/proc"
  mounted_proc=true
fi

in_root() {
  chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    DEBIAN_FRONTEND=noninteractive "$@"
}

# 2. Build dependencies, only those missing. trixie's xlsxwriter.pc says
#    "Requires.private: zlib minizip libcrypto" but libxlsxwriter-dev does not
#    pull in libminizip-dev, without which pkg-config (and meson) fail.
packages=(meson ninja-build pkg-config gcc gettext
          libglib2.0-dev libgtk-4-dev libadwaita-1-dev libsqlite3-dev libxlsxwriter-dev
          libminizip-dev desktop-file-utils appstream)
missing=()
for p in "${packages[@]}"; do
  in_root dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing in the chroot: ${missing[*]}"
  cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
  in_root apt-get update -qq
  in_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# 3. A snapshot of the working tree (edits not yet committed included), without
#    .git and build folders (build, _build, build-* but not build-aux, and
#    any folder meson set up).
src="$root/src/opsdesk"
rm -rf "$src"
mkdir -p "$src"
entries=()
for e in "$repo"/* "$repo"/.[!.]*; do
  [ -e "$e" ] || continue
  name=$(basename "$e")
  case "$name" in
    .git | build | _build) continue ;;
    build-aux) ;;
    build*) continue ;;
  esac
  [ -d "$e/meson-private" ] && continue
  entries+=("$name")
done
tar -C "$repo" -cf - "${entries[@]}" | tar -C "$src" -xf -

echo "GTK $(in_root pkg-config --modversion gtk4), libadwaita $(in_root pkg-config --modversion libadwaita-1), $(in_root gcc --version | head -n1)"
in_root sh -c 'rm -rf /tmp/opsdesk-build &&
               cd /src/opsdesk &&
               meson setup /tmp/opsdesk-build -Dwerror=true' \
  || { echo "meson setup failed: see $root/tmp/opsdesk-build/meson-logs/meson-log.txt" >&2; exit 1; }
in_root ninja -C /tmp/opsdesk-build -j"$jobs" "${targets[@]}"
echo "check-newer-stack: built ${targets[*]} against the newer stack"
