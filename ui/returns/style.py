"""Colours and type for the returns screen: large, high contrast, readable at arm's length."""

from __future__ import annotations

from station.returns.outcomes import Tone

TONE_COLOURS: dict[Tone, tuple[str, str]] = {  # background, text
    Tone.GOOD: ("#1b5e20", "#ffffff"),
    Tone.DONE: ("#1b5e20", "#ffffff"),
    Tone.INFO: ("#0d47a1", "#ffffff"),
    Tone.WARN: ("#ffb300", "#000000"),
    Tone.BAD: ("#b71c1c", "#ffffff"),
}

GRADE_COLOURS = {"A": "#1b5e20", "B": "#2e7d32", "C": "#f9a825", "D": "#e65100",
                 "X": "#b71c1c"}

SCREEN = """
QWidget#ReturnsScreen { background: #111111; }
QLabel { color: #f5f5f5; font-size: 22px; }
QLabel#Banner { font-size: 30px; font-weight: 600; padding: 18px; border-radius: 6px; }
QLabel#Title { font-size: 30px; font-weight: 700; }
QLabel#Heading { font-size: 18px; color: #b0bec5; text-transform: uppercase; }
QLabel#Grade { font-size: 120px; font-weight: 800; min-width: 170px;
               qproperty-alignment: AlignCenter; border-radius: 10px; }
QLabel#Question { font-size: 34px; font-weight: 700; color: #ffeb3b; }
QListWidget { background: #1e1e1e; color: #f5f5f5; font-size: 22px; border: 1px solid #424242; }
QLineEdit { font-size: 22px; padding: 8px; background: #fafafa; color: #000000; }
QPushButton { font-size: 20px; padding: 10px 16px; }
"""


def banner_style(tone: Tone) -> str:
    background, text = TONE_COLOURS[tone]
    return f"background: {background}; color: {text};"


def grade_style(grade: str) -> str:
    return f"background: {GRADE_COLOURS.get(grade, '#424242')}; color: #ffffff;"
