"""Short tones per outcome, so a packer hears right and wrong without looking up.

The tones are synthesised once into WAV files (no binary assets to ship) and played with
QSoundEffect. No audio device is not an error: the screen colours carry the same meaning."""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

from station.pack.outcomes import Tone

_RATE = 22050
# (frequency Hz, milliseconds) per note.
_NOTES: dict[Tone, list[tuple[float, int]]] = {
    Tone.GOOD: [(1320, 70)],
    Tone.DONE: [(880, 90), (1320, 90), (1760, 140)],
    Tone.INFO: [(660, 60)],
    Tone.WARN: [(520, 110), (0, 60), (520, 110)],
    Tone.BAD: [(180, 600)],
}


def write_tones(folder: Path) -> dict[Tone, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for tone, notes in _NOTES.items():
        path = folder / f"{tone.value}.wav"
        if not path.exists():
            _write_wav(path, notes)
        paths[tone] = path
    return paths


def _write_wav(path: Path, notes: list[tuple[float, int]]) -> None:
    frames = bytearray()
    for frequency, millis in notes:
        count = _RATE * millis // 1000
        for index in range(count):
            fade = min(1.0, index / 200, (count - index) / 200)
            value = math.sin(2 * math.pi * frequency * index / _RATE) if frequency else 0.0
            frames += struct.pack("<h", int(value * fade * 0.5 * 32767))
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(_RATE)
        handle.writeframes(bytes(frames))


class Sounds:
    def __init__(self, folder: Path, enabled: bool = True) -> None:
        self._effects: dict[Tone, object] = {}
        if not enabled:
            return
        try:
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:
            return
        for tone, path in write_tones(folder).items():
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self._effects[tone] = effect

    def play(self, tone: Tone) -> None:
        effect = self._effects.get(tone)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]
