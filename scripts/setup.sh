#!/usr/bin/env bash
# Shared setup for scripts/desk and scripts/test: a Python 3.11+ virtual environment in .venv
# with Frontline installed (editable), plus the Debian packages Qt needs to show a window.
# Idempotent and quick when nothing changed. Source it; it sets VENV_PY.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

apt_install() {
    # Installs the named Debian packages that are missing (we run as root in CI and on
    # fresh machines; with sudo elsewhere). Quiet when everything is present.
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "setup: installing ${missing[*]}" >&2
    $sudo apt-get update -qq >/dev/null || true
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

find_python() {
    for cand in python3.13 python3.12 python3.11 python3; do
        if command -v "$cand" >/dev/null 2>&1 &&
            "$cand" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
            echo "$cand"
            return 0
        fi
    done
    echo "setup: Python 3.11 or newer is required" >&2
    return 1
}

if command -v dpkg-query >/dev/null 2>&1; then
    # Qt's xcb and offscreen platforms and fonts for every language the desk speaks.
    apt_install libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
        libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 \
        libxcb-randr0 libxcb-render-util0 libxcb-image0 fonts-noto-cjk
fi

PY="$(find_python)"
if [ ! -x "$VENV/bin/python" ]; then
    if ! "$PY" -m venv "$VENV" 2>/dev/null; then
        rm -rf "$VENV"
        ver="$("$PY" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
        apt_install "python${ver}-venv" || apt_install python3-venv
        "$PY" -m venv "$VENV"
    fi
fi
VENV_PY="$VENV/bin/python"
STAMP="$VENV/.frontline-installed"
EXTRAS="${FRONTLINE_EXTRAS:-}"
want="$(cat "$ROOT/pyproject.toml" | sha256sum | cut -c1-16)-$EXTRAS"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$want" ]; then
    "$VENV_PY" -m pip install -q --upgrade pip >/dev/null
    spec="$ROOT"
    [ -n "$EXTRAS" ] && spec="$ROOT[$EXTRAS]"
    "$VENV_PY" -m pip install -q -e "$spec"
    echo "$want" >"$STAMP"
fi
export VENV_PY
