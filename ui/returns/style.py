"""Type and grade colours for the returns screen, on the same light, high-contrast palette
and outcome colours as the pack screen (ui/style.py), so a station looks like one app."""

from __future__ import annotations

from station.pack.outcomes import Tone
from ui.style import TONE_COLOURS

GRADE_COLOURS = {"A": "#1b7f3b", "B": "#2e7d32", "C": "#a85d00", "D": "#c0430f",
                 "X": "#b3261e"}

SCREEN = """
QWidget#ReturnsScreen { background: #f4f5f7; }
QLabel { color: #17202a; font-size: 22px; }
QLabel#Banner { font-size: 28px; font-weight: 700; padding: 12px; border-radius: 10px; }
QLabel#Title { font-size: 30px; font-weight: 700; }
QLabel#Heading { font-size: 16px; color: #56606b; font-weight: 700; }
QLabel#Grade { font-size: 84px; font-weight: 800; min-width: 170px;
               qproperty-alignment: AlignCenter; border-radius: 10px; }
QLabel#Question { font-size: 34px; font-weight: 700; color: #0b3d91; }
QListWidget { background: white; color: #17202a; font-size: 22px; border: 1px solid #c8ced4;
              border-radius: 6px; }
QLineEdit { font-size: 20px; padding: 8px; background: white; color: #17202a; }
QPushButton { font-size: 22px; font-weight: 600; color: #17202a; background: #dfe3e8;
              border: 1px solid #b8c0c8; border-radius: 8px; padding: 0 14px; }
QPushButton:pressed { background: #c3cad2; }
QPushButton:disabled { color: #8a939c; }
"""


def banner_style(tone: Tone) -> str:
    return f"background: {TONE_COLOURS[tone]}; color: white;"


def grade_style(grade: str) -> str:
    return f"background: {GRADE_COLOURS.get(grade, '#56606b')}; color: #ffffff;"
