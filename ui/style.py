"""Colours, type and sizes: large, high-contrast, readable from a step back, touch-sized."""

from __future__ import annotations

from station.pack.outcomes import Tone

TONE_COLOURS = {
    Tone.GOOD: "#1b7f3b",
    Tone.DONE: "#0b6e4f",
    Tone.INFO: "#34495e",
    Tone.WARN: "#a85d00",
    Tone.BAD: "#b3261e",
}

FONT_FAMILIES = ["Noto Sans CJK JP", "IPAexGothic", "IPAGothic", "Hiragino Sans", "Yu Gothic UI",
                 "Meiryo", "Noto Sans", "DejaVu Sans", "sans-serif"]

APP_STYLE = """
QWidget { font-size: 17px; }
QMainWindow, QWidget#screen { background: #f4f5f7; }
QLabel#banner { color: white; font-size: 30px; font-weight: 700; padding: 18px;
                border-radius: 10px; }
QLabel#headline { font-size: 24px; font-weight: 700; color: #17202a; }
QLabel#subtle { color: #56606b; font-size: 16px; }
QLabel#bigprompt { font-size: 40px; font-weight: 700; color: #17202a; }
QPushButton { min-height: 54px; min-width: 110px; font-size: 18px; font-weight: 600;
              border-radius: 8px; background: #dfe3e8; border: 1px solid #b8c0c8; padding: 0 14px; }
QPushButton:pressed { background: #c3cad2; }
QPushButton:checked { background: #0d47a1; color: white; border: 2px solid #0a3880; }
QPushButton#primary { background: #1b7f3b; color: white; border: none; }
QPushButton#danger { background: #b3261e; color: white; border: none; }
QPushButton:disabled, QPushButton#primary:disabled, QPushButton#danger:disabled {
    background: #eceff1; color: #9aa5b1; border: 1px solid #d5dbe1; }
QTableWidget { font-size: 18px; gridline-color: #d5d9de; background: white; }
QHeaderView::section { font-size: 15px; font-weight: 700; padding: 6px; background: #e9ecef;
                       border: none; border-bottom: 1px solid #c8ced4; }
QLineEdit { min-height: 44px; font-size: 18px; padding: 0 10px; border: 1px solid #b8c0c8;
            border-radius: 6px; background: white; }
QStatusBar { font-size: 15px; }
"""


def banner_style(tone: Tone) -> str:
    return f"background: {TONE_COLOURS[tone]};"
