"""Playing a tone: a small port, and the adapter over the system's command-line player.

Why not QtMultimedia's ``QSoundEffect``: PySide6-Essentials has no QtMultimedia, and the
Addons wheel of the same version is a 175 MB download (438 MB installed, against 234 MB
for all of Essentials) whose QtMultimedia module does not even import on a machine
without ``libpulse.so.0`` ("cannot open shared object file"), all to play four short
WAVs. So the desk runs the player every Linux desktop has, in its own process through
``QProcess`` (never blocking the Qt thread): ``pw-play`` (PipeWire), ``paplay``
(PulseAudio) or ``aplay`` (ALSA), whichever is found first. Without any of them alerts
are simply visual.

Volume is applied to the samples (a scaled copy of the WAV in a private temporary folder,
made once per tone and volume), because ``aplay`` has no volume option and the others
disagree on its scale.
"""

from __future__ import annotations

import array
import logging
import shutil
import sys
import tempfile
import wave
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QProcess

from desktop.ui.shell.style import RESOURCES

SOUNDS = RESOURCES / "sounds"
PLAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("pw-play", ()),
    ("paplay", ()),
    ("aplay", ("-q",)),
)
"""Command-line players in order of preference, with the options each needs."""

log = logging.getLogger(__name__)


class TonePlayer(Protocol):
    """What the alerts ask of a sound output."""

    def play(self, tone: str, volume: int) -> None:
        """Play ``tone`` (a name of :data:`desktop.ui.alerts.policy.TONES`) at ``volume``
        (0..100), cutting off whatever is playing."""

    def stop(self) -> None:
        """Silence now."""


class SilentPlayer:
    """No sound output on this machine: alerts stay visual."""

    available = False

    def play(self, tone: str, volume: int) -> None:
        del tone, volume

    def stop(self) -> None:
        pass


def find_player(
    paths: Sequence[tuple[str, tuple[str, ...]]] = PLAYERS,
) -> tuple[str, tuple[str, ...]] | None:
    """The first command-line player found on ``PATH`` (its full path and options)."""
    for name, options in paths:
        found = shutil.which(name)
        if found:
            return found, options
    return None


def scaled_wav(source: Path, volume: int, folder: Path) -> Path:
    """``source`` with its 16-bit samples scaled to ``volume`` percent, written once into
    ``folder``; 100 is the file itself."""
    volume = max(0, min(100, volume))
    if volume == 100:
        return source
    target = folder / f"{source.stem}-{volume}.wav"
    if target.exists():
        return target
    with wave.open(str(source), "rb") as wav:
        params = wav.getparams()
        frames = wav.readframes(params.nframes)
    if params.sampwidth != 2:
        return source  # only our own 16-bit tones are scaled
    samples = array.array("h", frames)
    if sys.byteorder == "big":
        samples.byteswap()
    factor = volume / 100
    scaled = array.array("h", (int(s * factor) for s in samples))
    if sys.byteorder == "big":
        scaled.byteswap()
    partial = target.with_suffix(".part")
    with wave.open(str(partial), "wb") as out:
        out.setparams(params)
        out.writeframes(scaled.tobytes())
    partial.replace(target)
    return target


class ProcessPlayer(QObject):
    """Plays tones with a command-line player in a child process (one at a time)."""

    def __init__(
        self,
        program: str,
        options: Sequence[str] = (),
        *,
        sounds: Path = SOUNDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.program = program
        self.options = tuple(options)
        self.sounds = sounds
        self.available = True
        self._folder = tempfile.TemporaryDirectory(prefix="frontline-tones-")
        self.process: QProcess | None = None
        self.started = 0
        """How many tones were handed to the player (smoke tests and figures)."""

    def play(self, tone: str, volume: int) -> None:
        source = self.sounds / f"{tone}.wav"
        if volume <= 0 or not source.is_file():
            return
        try:
            path = scaled_wav(source, volume, Path(self._folder.name))
        except (OSError, EOFError, wave.Error) as exc:
            log.warning("cannot prepare the tone %s: %s", tone, exc)
            return
        if not self.available:
            return
        self.stop()
        process = QProcess(self)
        process.setObjectName("alertTone")
        process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        process.setStandardOutputFile(QProcess.nullDevice())
        process.errorOccurred.connect(self._on_error)
        process.finished.connect(process.deleteLater)
        self.process = process
        self.started += 1
        process.start(self.program, [*self.options, str(path)])

    def stop(self) -> None:
        """Kill the tone playing, without waiting for the player to exit: its
        ``finished`` deletes it later."""
        process, self.process = self.process, None
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            process.kill()

    def close(self) -> None:
        """At shutdown: kill any player still running and wait for it (a few ms), so no
        process outlives its QProcess."""
        self.stop()
        for process in self.findChildren(QProcess):
            if process.state() != QProcess.ProcessState.NotRunning:
                process.kill()
                process.waitForFinished(500)
        self._folder.cleanup()

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            log.warning("the sound player %s cannot start: alerts stay visual", self.program)
            self.available = False


def system_player(parent: QObject | None = None) -> ProcessPlayer | SilentPlayer:
    """The machine's player, or silence when it has none."""
    found = find_player()
    if found is None:
        log.info("no pw-play, paplay or aplay: alerts are visual only")
        return SilentPlayer()
    return ProcessPlayer(found[0], found[1], parent=parent)
