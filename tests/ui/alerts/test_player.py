"""The real tone player, smoke-tested with a stand-in ``aplay`` on PATH (a script that
records its arguments): found on PATH in order of preference, started in a child
process without blocking, fed a copy of the tone scaled to the volume; no player at all
means silence, and a player that cannot start turns the sound off instead of failing."""

from __future__ import annotations

import array
import stat
import wave
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.alerts.player import (
    SOUNDS,
    ProcessPlayer,
    SilentPlayer,
    find_player,
    scaled_wav,
    system_player,
)
from desktop.ui.alerts.policy import TONES


def samples(path: Path) -> array.array[int]:
    with wave.open(str(path), "rb") as wav:
        return array.array("h", wav.readframes(wav.getnframes()))


def fake_player(folder: Path, name: str = "aplay") -> Path:
    """A stand-in player that writes its arguments to ``<folder>/played``."""
    script = folder / name
    script.write_text(f'#!/bin/sh\necho "$@" >> "{folder / "played"}"\n')
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


def test_every_tone_exists_and_is_short() -> None:
    for tone in TONES:
        with wave.open(str(SOUNDS / f"{tone}.wav"), "rb") as wav:
            assert wav.getsampwidth() == 2
            assert wav.getnframes() / wav.getframerate() < 1.0


def test_the_player_is_found_on_path_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    assert find_player() is None
    assert isinstance(system_player(), SilentPlayer)
    fake_player(tmp_path, "aplay")
    assert find_player() == (str(tmp_path / "aplay"), ("-q",))
    fake_player(tmp_path, "paplay")
    assert find_player() == (str(tmp_path / "paplay"), ())


def test_volume_scales_the_samples(tmp_path: Path) -> None:
    source = SOUNDS / "pop.wav"
    assert scaled_wav(source, 100, tmp_path) == source
    half = scaled_wav(source, 50, tmp_path)
    original, scaled = samples(source), samples(half)
    assert len(original) == len(scaled)
    assert max(scaled) == max(original) // 2 or abs(max(scaled) - max(original) / 2) <= 1
    assert scaled_wav(source, 50, tmp_path) == half  # made once


def test_the_process_player_plays_a_scaled_copy(qtbot: QtBot, tmp_path: Path) -> None:
    program = fake_player(tmp_path)
    player = ProcessPlayer(str(program), ("-q",))
    player.play("ring", 40)  # returns at once: the player runs in its own process
    process = player.process
    assert process is not None
    with qtbot.waitSignal(process.finished, timeout=5000):
        pass
    line = (tmp_path / "played").read_text().split()
    assert line[0] == "-q"
    assert line[1].endswith("ring-40.wav")
    assert max(samples(Path(line[1]))) < max(samples(SOUNDS / "ring.wav"))
    player.play("pop", 0)  # silent: nothing started
    assert player.started == 1
    player.close()


def test_a_player_that_cannot_start_leaves_alerts_visual(qtbot: QtBot, tmp_path: Path) -> None:
    player = ProcessPlayer(str(tmp_path / "missing-player"))
    player.play("bell", 80)
    qtbot.waitUntil(lambda: not player.available, timeout=5000)
    player.play("bell", 80)
    assert player.started == 1
    player.close()
