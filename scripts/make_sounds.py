"""Write the desk's alert tones (resources/sounds/*.wav), deterministically.

The tones are synthesised here rather than taken from a sound library so that their
licence is ours and anyone can change one and regenerate the same bytes: stdlib ``wave``
and ``math`` only, no randomness. Each is short (under a second), soft (peaks at about a
third of full scale, so the agent's volume setting has room) and built from a few
bell-like notes with a fast attack and an exponential decay, which reads as "pleasant"
rather than "alarm". They are distinct by rhythm and pitch, so an agent can tell an offer
from a chat without looking:

- ``ring``: two rising double-notes, like a soft phone (offers, calls)
- ``pop``: one quick high note pair (chat)
- ``chime``: a falling major third, slower (email)
- ``bell``: three rising notes (a mention of you)
- ``knock``: two low, short taps (a spare choice)

Run ``.venv/bin/python scripts/make_sounds.py`` after changing a tone; commit the WAVs.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22_050
PEAK = 0.32
Note = tuple[float, float, float]
"""(start seconds, frequency Hz, length seconds)"""

TONES: dict[str, tuple[Note, ...]] = {
    "ring": ((0.00, 659.3, 0.16), (0.14, 880.0, 0.22), (0.50, 659.3, 0.16), (0.64, 880.0, 0.30)),
    "pop": ((0.00, 1046.5, 0.10), (0.08, 1568.0, 0.18)),
    "chime": ((0.00, 783.99, 0.35), (0.22, 622.25, 0.45)),
    "bell": ((0.00, 880.0, 0.18), (0.13, 1108.7, 0.18), (0.26, 1318.5, 0.32)),
    "knock": ((0.00, 220.0, 0.07), (0.15, 220.0, 0.09)),
}


def samples(notes: tuple[Note, ...]) -> list[float]:
    """The tone as floats in [-1, 1]: each note a sine with its second and third
    partials, a 5 ms attack and an exponential decay over its length."""
    end = max(start + length for start, _f, length in notes) + 0.05
    out = [0.0] * int(end * RATE)
    for start, frequency, length in notes:
        first = int(start * RATE)
        for i in range(int(length * RATE)):
            t = i / RATE
            attack = min(1.0, t / 0.005)
            decay = math.exp(-5.0 * t / length)
            phase = 2 * math.pi * frequency * t
            value = math.sin(phase) + 0.3 * math.sin(2 * phase) + 0.1 * math.sin(3 * phase)
            out[first + i] += value * attack * decay / 1.4
    loudest = max(abs(v) for v in out) or 1.0
    return [v / loudest * PEAK for v in out]


def write(path: Path, notes: tuple[Note, ...]) -> None:
    frames = b"".join(struct.pack("<h", round(v * 32_767)) for v in samples(notes))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, notes in TONES.items():
        write(folder / f"{name}.wav", notes)
        print(f"{folder / name}.wav")


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[1]
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else root / "resources" / "sounds")
