#!/usr/bin/env bash
# Builds the desk as a PyInstaller --onedir bundle and wraps it as a .deb.
#
#   packaging/build.sh            bundle in packaging/build/dist/frontline/, then the .deb
#   packaging/build.sh --no-deb   the bundle only
#
# Output: packaging/build/dist/frontline/frontline (the bundle's executable) and
# packaging/build/frontline_<version>_<arch>.deb. Needs the dev extra (pyinstaller):
# FRONTLINE_EXTRAS=dev source scripts/setup.sh, or simply run scripts/test once.
# Environment: PYTHON (default .venv/bin/python), FRONTLINE_BUILD_DIR (default
# packaging/build), DEB_COMPRESSION and DEB_LEVEL (default xz at level 6, dpkg's default).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
OUT="${FRONTLINE_BUILD_DIR:-$HERE/build}"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
mkdir -p "$OUT" && OUT="$(cd "$OUT" && pwd)"
make_deb=1
[ "${1:-}" = "--no-deb" ] && make_deb=0

version="$(sed -n 's/^version = "\(.*\)"$/\1/p' "$ROOT/pyproject.toml" | head -n1)"
[ -n "$version" ] || { echo "build: no version in pyproject.toml" >&2; exit 1; }

cd "$ROOT"  # the tree being packaged comes first on the analysis path
echo "build: bundle $version" >&2
start=$(date +%s)
# --noconfirm replaces a previous bundle; the work folder is reused between builds.
"$PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$OUT/dist" --workpath "$OUT/work" "$HERE/frontline.spec"
bundle="$OUT/dist/frontline"
echo "build: bundle in $bundle ($(du -sm "$bundle" | cut -f1) MB, $(( $(date +%s) - start )) s)" >&2
[ "$make_deb" = 1 ] || exit 0

command -v dpkg-deb >/dev/null || { echo "build: dpkg-deb not found" >&2; exit 1; }
arch="$(dpkg --print-architecture)"
stage="$OUT/deb"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
    "$stage/usr/share/icons/hicolor/scalable/apps" "$stage/usr/share/icons/hicolor/256x256/apps"
cp -a "$bundle" "$stage/opt/frontline"
ln -s /opt/frontline/frontline "$stage/usr/bin/frontline"
install -m 0644 "$HERE/frontline.desktop" "$stage/usr/share/applications/frontline.desktop"
install -m 0644 "$ROOT/resources/icons/frontline.svg" "$stage/usr/share/icons/hicolor/scalable/apps/frontline.svg"
install -m 0644 "$HERE/frontline.png" "$stage/usr/share/icons/hicolor/256x256/apps/frontline.png"
size_kb="$(du -sk --exclude=DEBIAN "$stage" | cut -f1)"
# Depends: what Qt's xcb and offscreen platforms load from the system (the same list as
# scripts/setup.sh installs), and fonts for every language the desk speaks. Recommends:
# a player for the alert tones (desktop/ui/alerts/player.py plays through whichever of
# pw-play, paplay or aplay exists; without one, alerts are visual only).
cat >"$stage/DEBIAN/control" <<EOF
Package: frontline
Version: $version
Section: net
Priority: optional
Architecture: $arch
Installed-Size: $size_kb
Maintainer: Frontline developers <frontline@localhost>
Depends: libc6, libgl1, libegl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, libdbus-1-3, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libxcb-xinerama0, libxcb-randr0, libxcb-render-util0, libxcb-image0, fonts-noto-cjk
Recommends: pipewire-bin | pulseaudio-utils | alsa-utils
Homepage: https://localhost/frontline
Description: Omnichannel agent desk for contact centres
 Phone calls, chats and emails in one native inbox that keeps working through network
 drops. "frontline" opens the desk on an embedded local server with demo data;
 "frontline desk --server URL" connects to a real one.
EOF
deb="$OUT/frontline_${version}_${arch}.deb"
# The tests build with DEB_COMPRESSION=gzip DEB_LEVEL=1: xz is the slowest step.
dpkg-deb --root-owner-group -Z"${DEB_COMPRESSION:-xz}" -z"${DEB_LEVEL:-6}" \
    --build "$stage" "$deb" >/dev/null
echo "build: $deb ($(du -m "$deb" | cut -f1) MB, $(( $(date +%s) - start )) s in all)" >&2
