"""The Qt binding itself must survive a shift of signals: PySide6 6.12.0 dropped a reference
to None on every Python slot call, which aborts a Python 3.11 process after a few thousand
scans. This guards the version pin in pyproject.toml."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QPushButton


def test_calling_a_python_slot_many_times_keeps_references_to_none_intact(qtbot):
    button = QPushButton()
    qtbot.addWidget(button)
    calls = []
    button.clicked.connect(lambda _checked=False: calls.append(1))
    before = sys.getrefcount(None)
    for _ in range(3000):
        button.click()
    assert len(calls) == 3000
    assert sys.getrefcount(None) >= before - 100
