"""The desk as a PyInstaller bundle and a .deb (packaging/build.sh), built once per module.

The bundle is run as a user would run it: ``frontline --version``, and the desk on its
embedded server (the bundle's own executable started again with ``server``) under Qt's
offscreen platform, saving a screenshot once it has synced. The .deb is checked for its
control fields and the paths it installs, not installed.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import sqlite3
import struct
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlcipher3

ROOT = Path(__file__).resolve().parents[2]
VERSION: str = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
    "version"
]

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]


@dataclass(frozen=True)
class Built:
    executable: Path
    deb: Path


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    # Both are required, not optional: pyinstaller comes with the dev extra that
    # scripts/test installs, dpkg-deb with every Debian system. A missing one is a failure.
    assert importlib.util.find_spec("PyInstaller") is not None, "pyinstaller is missing"
    assert shutil.which("dpkg-deb") is not None, "dpkg-deb is missing"
    out = tmp_path_factory.mktemp("packaging")
    env = {
        **os.environ,
        "PYTHON": sys.executable,
        "FRONTLINE_BUILD_DIR": str(out),
        # xz is the slowest step of the build; the .deb's layout is the same with gzip.
        "DEB_COMPRESSION": "gzip",
        "DEB_LEVEL": "1",
    }
    result = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build.sh")],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    yield Built(
        executable=out / "dist" / "frontline" / "frontline",
        deb=out / f"frontline_{VERSION}_{arch}.deb",
    )
    shutil.rmtree(out, ignore_errors=True)  # about 600 MB: bundle, work folder and .deb


def test_version_from_the_bundle(built: Built) -> None:
    result = subprocess.run(
        [str(built.executable), "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"frontline {VERSION}"


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk (raises if it is not a PNG)."""
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert head[12:16] == b"IHDR"
    width, height = struct.unpack(">II", head[16:24])
    return int(width), int(height)


def cached_conversations(cache: Path) -> int:
    """Rows in the desk's encrypted cache, opened with the key from its ``.key`` file."""
    key = cache.with_name(cache.name + ".key").read_text(encoding="ascii").strip()
    assert re.fullmatch(r"[0-9a-f]{64}", key), "the key file holds 32 bytes in hex"
    conn: sqlite3.Connection = sqlcipher3.connect(str(cache))
    try:
        conn.execute(f"PRAGMA key = \"x'{key}'\"")
        (count,) = conn.execute("SELECT count(*) FROM conversations").fetchone()
    finally:
        conn.close()
    return int(count)


def test_the_bundled_desk_runs_its_embedded_server_and_syncs(built: Built, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    shot = tmp_path / "desk.png"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        # No keyring: the cache key goes to the 0600 file beside the cache, where we read it.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    result = subprocess.run(
        [str(built.executable), "desk", "--data-dir", str(data_dir), "--screenshot", str(shot)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-4000:]
    # The embedded server is the bundle itself, started again with `server`.
    assert f"starting the embedded server: {built.executable} server --port 0" in log, log
    assert re.search(r"embedded server listening on http://127\.0\.0\.1:\d+", log), log
    assert re.search(r'POST http://127\.0\.0\.1:\d+/api/login "HTTP/1\.1 200 OK"', log), log
    assert f"screenshot saved to {shot}" in log, log
    assert "Traceback" not in log, log

    width, height = png_size(shot)
    assert width >= 800, (width, height)
    assert height >= 500, (width, height)
    assert shot.stat().st_size > 20_000  # a painted window, not a blank one

    assert (data_dir / "server.sqlite3").stat().st_size > 0  # migrated and seeded
    caches = sorted(data_dir.glob("cache-*.sqlite3"))
    assert len(caches) == 1, caches
    assert cached_conversations(caches[0]) > 0  # the desk synced the demo inbox


def test_the_deb_declares_and_installs_the_expected_paths(built: Built) -> None:
    info = subprocess.run(
        ["dpkg-deb", "--info", str(built.deb)], capture_output=True, text=True, check=True
    ).stdout
    assert "Package: frontline" in info
    assert f"Version: {VERSION}" in info
    depends = next(line for line in info.splitlines() if line.strip().startswith("Depends:"))
    for package in ("libxcb-cursor0", "libxkbcommon-x11-0", "libegl1", "fonts-noto-cjk"):
        assert package in depends, depends
    recommends = next(line for line in info.splitlines() if "Recommends:" in line)
    assert "pulseaudio-utils" in recommends  # a player for the alert tones

    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(built.deb)], capture_output=True, text=True, check=True
    ).stdout
    paths = {line.split()[5] for line in listing.splitlines()}
    assert "./usr/bin/frontline" in paths
    assert re.search(r"\./usr/bin/frontline -> /opt/frontline/frontline$", listing, re.M)
    owners = {line.split()[1] for line in listing.splitlines()}
    assert owners == {"root/root"}, owners
    for expected in (
        "./opt/frontline/frontline",
        "./usr/share/applications/frontline.desktop",
        "./usr/share/icons/hicolor/scalable/apps/frontline.svg",
        "./usr/share/icons/hicolor/256x256/apps/frontline.png",
        "./opt/frontline/_internal/resources/themes/desk.qss",
        "./opt/frontline/_internal/resources/translations/frontline_fi.qm",
    ):
        assert expected in paths, expected
    assert any(
        p.startswith("./opt/frontline/_internal/server/") and p.endswith("/migrations/env.py")
        for p in paths
    ), "the Alembic migrations ship as files"
    assert any(p.startswith("./opt/frontline/_internal/resources/kb/articles/") for p in paths)
